#!/usr/bin/env python3
# encoding: utf-8
"""Named placeholders given a sequence: an error since Python 3.14."""

#end_pymotw_header
import sqlite3
import textwrap
import warnings

con = sqlite3.connect('library.db')
query = 'SELECT title FROM book WHERE year = :year ORDER BY title'

# Turn the warning of Python 3.12 and 3.13 into an exception too, so
# that every version stops at the same place.
with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        con.execute(query, (1979,))
    except (sqlite3.ProgrammingError, DeprecationWarning) as error:
        print(f'{type(error).__name__}:')
        print(textwrap.indent(textwrap.fill(str(error), 56), '  '))

print('with a mapping:', con.execute(query, {'year': 1979}).fetchall())
con.close()
