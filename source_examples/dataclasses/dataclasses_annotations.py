#!/usr/bin/env python3
# encoding: utf-8
"""Reading deferred annotations with annotationlib (Python 3.14)."""

#end_pymotw_header
import annotationlib
import dataclasses


@dataclasses.dataclass
class Invoice:
    number: int
    customer: Customer            # defined below


for field in dataclasses.fields(Invoice):
    print(f'{field.name:8} {field.type!r}')

print(annotationlib.get_annotations(
    Invoice, format=annotationlib.Format.STRING))
try:
    annotationlib.get_annotations(Invoice)
except NameError as exc:
    print('NameError:', exc)


@dataclasses.dataclass
class Customer:
    name: str


print(annotationlib.get_annotations(Invoice))
