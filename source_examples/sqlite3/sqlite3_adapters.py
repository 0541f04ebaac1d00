#!/usr/bin/env python3
# encoding: utf-8
"""Store a date and a custom object with adapters."""

#end_pymotw_header
import sqlite3
from datetime import date
from pathlib import Path

from sqlite3_dimensions import Dimensions

# A type we do not own: register a function that turns it into text.
sqlite3.register_adapter(date, date.isoformat)

ACQUISITIONS = [
    ('Small Gods', date(2023, 11, 2), Dimensions(110, 178)),
    ('Kindred', date(2024, 1, 15), Dimensions(135, 203)),
    ('Emma', date(2024, 3, 9), Dimensions(129, 198)),
]

Path('acquisitions.db').unlink(missing_ok=True)
con = sqlite3.connect('acquisitions.db')
con.execute(
    'CREATE TABLE acquisition (title TEXT, acquired DATE, size DIMENSIONS)'
)
con.executemany('INSERT INTO acquisition VALUES (?, ?, ?)', ACQUISITIONS)
con.commit()

for row in con.execute(
    'SELECT acquired, typeof(acquired), size, typeof(size) '
    'FROM acquisition'
):
    print(row)
con.close()
