#!/usr/bin/env python3
# encoding: utf-8
"""Dump a database as SQL text, then load the dump into a new one."""

#end_pymotw_header
import sqlite3
from contextlib import closing
from pathlib import Path

with closing(sqlite3.connect('library.db')) as con:
    lines = list(con.iterdump())
Path('library.sql').write_text('\n'.join(lines) + '\n', encoding='utf-8')
print(f'library.sql: {len(lines)} lines')

Path('library-restored.db').unlink(missing_ok=True)
with closing(sqlite3.connect('library-restored.db')) as copy:
    copy.executescript('\n'.join(lines))
    count = copy.execute('SELECT count(*) FROM book').fetchone()[0]
    print('books in library-restored.db:', count)
