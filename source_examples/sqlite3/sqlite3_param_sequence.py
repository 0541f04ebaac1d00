#!/usr/bin/env python3
# encoding: utf-8
"""Named placeholders given a sequence: deprecated since Python 3.12."""

#end_pymotw_header
import sqlite3
import textwrap
import warnings

con = sqlite3.connect('library.db')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    rows = con.execute(
        'SELECT title FROM book WHERE year = :year ORDER BY title',
        (1979,),
    ).fetchall()

print('rows:', rows)
print('warnings:', len(caught))
for warning in caught:
    print(f'{warning.category.__name__}:')
    print(textwrap.indent(textwrap.fill(str(warning.message), 56), '  '))
con.close()
