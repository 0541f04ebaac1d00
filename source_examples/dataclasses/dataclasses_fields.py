#!/usr/bin/env python3
# encoding: utf-8
"""Looking at a data class's fields."""

#end_pymotw_header
import dataclasses


@dataclasses.dataclass
class Point:
    x: float
    y: float = 0.0
    label: str = dataclasses.field(default_factory=str)


for f in dataclasses.fields(Point):
    if f.default is not dataclasses.MISSING:
        default = repr(f.default)
    elif f.default_factory is not dataclasses.MISSING:
        default = f'{f.default_factory.__name__}()'
    else:
        default = '(required)'
    print(f'{f.name:6} {f.type.__name__:6} {default}')
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
print(dataclasses.MISSING)
