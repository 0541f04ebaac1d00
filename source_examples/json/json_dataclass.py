#!/usr/bin/env python3
# encoding: utf-8
"""Dataclasses to JSON and back."""

#end_pymotw_header
import dataclasses
import json


@dataclasses.dataclass
class Item:
    sku: str
    quantity: int


@dataclasses.dataclass
class Order:
    number: int
    customer: str
    items: list[Item]
    note: str | None = None

    @classmethod
    def from_dict(cls, data):
        items = [Item(**item) for item in data.pop('items')]
        return cls(items=items, **data)


order = Order(1042, 'alice', [Item('A-1', 2), Item('B-7', 1)])

text = json.dumps(dataclasses.asdict(order), indent=2)
print(text)

restored = Order.from_dict(json.loads(text))
print(type(restored).__name__, restored.number, restored.customer)
for item in restored.items:
    print(' ', item)
print('equal:', restored == order)
