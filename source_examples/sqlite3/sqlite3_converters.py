#!/usr/bin/env python3
# encoding: utf-8
"""Get objects back with converters chosen by the declared types."""

#end_pymotw_header
import sqlite3
from datetime import date

from sqlite3_dimensions import Dimensions


def to_date(data):
    return date.fromisoformat(data.decode('ascii'))


# Converter names match the declared type of a column, in any case.
sqlite3.register_converter('date', to_date)
sqlite3.register_converter('dimensions', Dimensions.from_db)

con = sqlite3.connect('acquisitions.db',
                      detect_types=sqlite3.PARSE_DECLTYPES)
for title, acquired, size in con.execute(
    'SELECT title, acquired, size FROM acquisition'
):
    print(title)
    print('  acquired:', repr(acquired))
    print('  size:    ', repr(size))
con.close()
