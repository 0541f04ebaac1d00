#!/usr/bin/env python3
# encoding: utf-8
"""The helper methods of a namedtuple."""

#end_pymotw_header
import collections
import csv
import io

Row = collections.namedtuple('Row', 'sku name price')
data = io.StringIO('A-1,kettle,24.50\nB-7,teapot,18.00\n')

rows = [Row._make(fields) for fields in csv.reader(data)]
print(rows[0])
cheaper = rows[0]._replace(price='19.99')   # a new tuple
print(cheaper)
print(rows[0]._asdict())

try:
    collections.namedtuple('Bad', 'name class')
except ValueError as exc:
    print('ValueError:', exc)
Safe = collections.namedtuple('Safe', 'name class', rename=True)
print(Safe._fields)
