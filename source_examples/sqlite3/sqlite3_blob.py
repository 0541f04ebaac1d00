#!/usr/bin/env python3
# encoding: utf-8
"""Read and write part of a BLOB value with Connection.blobopen()."""

#end_pymotw_header
import sqlite3
from contextlib import closing

with closing(sqlite3.connect('library.db')) as con:
    con.execute('CREATE TABLE cover (book_id INTEGER PRIMARY KEY, image)')
    # The size of a BLOB is fixed when the value is stored: reserve it.
    con.execute("INSERT INTO cover SELECT id, zeroblob(12) FROM book "
                "WHERE title = 'Emma'")
    rowid = con.execute('SELECT max(book_id) FROM cover').fetchone()[0]

    with con.blobopen('cover', 'image', rowid) as blob:
        print('length:', len(blob))
        blob.write(b'\x89PNG\r\n\x1a\n')  # written in two pieces,
        blob.write(b'EMMA')             # as a large file would be
        print('position after writing:', blob.tell())
        blob.seek(1)
        print('seek(1), read(3):', blob.read(3))
        print('blob[8:]:', blob[8:])
        blob.seek(10)
        try:
            blob.write(b'MORE')  # past the end
        except ValueError as err:
            print('write at 10: ValueError:', err)
    con.commit()
