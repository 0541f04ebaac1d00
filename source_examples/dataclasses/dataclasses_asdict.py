#!/usr/bin/env python3
# encoding: utf-8
"""Converting instances with asdict() and astuple()."""

#end_pymotw_header
import dataclasses
import pprint


@dataclasses.dataclass
class Line:
    sku: str
    quantity: int


@dataclasses.dataclass
class Order:
    number: int
    lines: list[Line]
    notes: dict[str, str] = dataclasses.field(default_factory=dict)


order = Order(7, [Line('A-1', 2), Line('B-7', 1)], {'gift': 'yes'})
as_dict = dataclasses.asdict(order)
pprint.pp(as_dict, width=60)
print(dataclasses.astuple(order))

as_dict['lines'][0]['quantity'] = 99     # a deep copy: order is unchanged
print(order.lines[0])


def no_empty(pairs):
    return {key: value for key, value in pairs if value}


print(dataclasses.asdict(Order(8, []), dict_factory=no_empty))
