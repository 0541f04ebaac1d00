#!/usr/bin/env python3
# encoding: utf-8
"""InitVar: an argument to __init__ that is not a field."""

#end_pymotw_header
import dataclasses
import hashlib


@dataclasses.dataclass
class Account:
    name: str
    password: dataclasses.InitVar[str]
    digest: str = dataclasses.field(init=False, repr=False)

    def __post_init__(self, password):
        self.digest = hashlib.sha256(password.encode()).hexdigest()[:12]


account = Account('alice', 'correct horse')
print(account)
print(account.digest)
print([f.name for f in dataclasses.fields(account)])
print(hasattr(account, 'password'))
