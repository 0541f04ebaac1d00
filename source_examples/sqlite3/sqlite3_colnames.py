#!/usr/bin/env python3
# encoding: utf-8
"""Choose a converter in the query, with PARSE_COLNAMES."""

#end_pymotw_header
import sqlite3
from datetime import date


def to_date(data):
    return date.fromisoformat(data.decode('ascii'))


sqlite3.register_converter('date', to_date)

QUERY = 'SELECT max(acquired) AS "latest [date]" FROM acquisition'

for name, detect in [
    ('PARSE_DECLTYPES', sqlite3.PARSE_DECLTYPES),
    ('PARSE_COLNAMES', sqlite3.PARSE_COLNAMES),
]:
    con = sqlite3.connect('acquisitions.db', detect_types=detect)
    cur = con.execute(QUERY)
    print(f'{name}: {cur.fetchone()[0]!r}')
    print(f'  column name: {cur.description[0][0]!r}')
    con.close()
