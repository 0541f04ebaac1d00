#!/usr/bin/env python3
# encoding: utf-8
"""Building a data class at run time with make_dataclass()."""

#end_pymotw_header
import dataclasses

header = ['sku', 'name', 'price']
Row = dataclasses.make_dataclass(
    'Row',
    [(name, str) for name in header[:-1]]
    + [('price', float, dataclasses.field(default=0.0))],
    frozen=True,
)
print(Row('A-1', 'kettle', 24.5))
print(Row('B-7', 'teapot'))
price = dataclasses.fields(Row)[2]
print(price.name, price.type, price.default)
