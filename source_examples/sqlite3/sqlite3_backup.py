#!/usr/bin/env python3
# encoding: utf-8
"""Copy a live database to another file with Connection.backup()."""

#end_pymotw_header
import sqlite3
from contextlib import closing


def progress(status, remaining, total):
    print(f'copied {total - remaining} of {total} pages')


with closing(sqlite3.connect('library.db')) as source, \
        closing(sqlite3.connect('library-backup.db')) as target:
    source.backup(target, pages=2, progress=progress)

    count = target.execute('SELECT count(*) FROM book').fetchone()[0]
    print('books in the backup:', count)
