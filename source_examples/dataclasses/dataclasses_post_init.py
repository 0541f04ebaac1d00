#!/usr/bin/env python3
# encoding: utf-8
"""Derived fields and checks in __post_init__."""

#end_pymotw_header
import dataclasses


@dataclasses.dataclass
class Rectangle:
    width: float
    height: float
    area: float = dataclasses.field(init=False)

    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError(f'negative size: {self.width}x{self.height}')
        self.area = self.width * self.height


print(Rectangle(3, 4))
try:
    Rectangle(-1, 2)
except ValueError as exc:
    print('ValueError:', exc)
