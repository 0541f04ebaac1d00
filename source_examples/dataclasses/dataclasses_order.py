#!/usr/bin/env python3
# encoding: utf-8
"""order=True compares instances field by field."""

#end_pymotw_header
import dataclasses


@dataclasses.dataclass(order=True)
class Version:
    major: int
    minor: int
    micro: int = 0
    label: str = dataclasses.field(default='', compare=False)


versions = [Version(3, 9), Version(3, 13, 1, 'final'),
            Version(3, 13), Version(2, 7, 18)]
for v in sorted(versions):
    print(v)
print(Version(3, 13) < Version(3, 14))
print(Version(3, 1, 0, 'a') == Version(3, 1, 0, 'b'))
try:
    sorted([Version(3, 13), (3, 14)])
except TypeError as exc:
    print('TypeError:', exc)
