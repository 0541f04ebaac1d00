#!/usr/bin/env python3
# encoding: utf-8
"""Add a REGEXP operator to SQL with create_function()."""

#end_pymotw_header
import re
import sqlite3


def regexp(pattern, value):
    # SQLite calls regexp(Y, X) for "X REGEXP Y".
    return value is not None and re.search(pattern, value) is not None


con = sqlite3.connect('library.db')
con.create_function('regexp', 2, regexp, deterministic=True)

for pattern in [r'^(The|A|An) ', r'\b\w{9,}\b']:
    print(f'titles matching /{pattern}/:')
    for (title,) in con.execute(
        'SELECT title FROM book WHERE title REGEXP ? ORDER BY title',
        (pattern,),
    ):
        print(' ', title)
con.close()
