#!/usr/bin/env python3
# encoding: utf-8
"""Changed copies with dataclasses.replace()."""

#end_pymotw_header
import dataclasses


@dataclasses.dataclass(frozen=True)
class Settings:
    host: str = 'localhost'
    port: int = 8000
    debug: bool = False


base = Settings()
production = dataclasses.replace(base, host='example.org', port=443)
print(base)
print(production)
try:
    dataclasses.replace(base, colour='red')
except TypeError as exc:
    print('TypeError:', exc)
