#!/usr/bin/env python3
# encoding: utf-8
"""Per-field options with field()."""

#end_pymotw_header
import dataclasses


@dataclasses.dataclass
class User:
    name: str
    password: str = dataclasses.field(repr=False)
    login_count: int = dataclasses.field(default=0, compare=False)
    user_id: int = dataclasses.field(
        init=False, default=-1, metadata={'column': 'id'})


alice = User('alice', 's3cret')
print(alice)
print(alice == User('alice', 's3cret', login_count=7))
try:
    User('bob', 'pw', 0, 42)
except TypeError as exc:
    print('TypeError:', exc)
field = dataclasses.fields(User)[-1]
print(field.name, field.metadata['column'])
