#!/usr/bin/env python3
# encoding: utf-8
"""Opening databases with URIs: read-only files and shared memory."""

#end_pymotw_header
import sqlite3

# mode=ro opens an existing file for reading only.
ro = sqlite3.connect('file:library.db?mode=ro', uri=True)
print('books:', ro.execute('SELECT count(*) FROM book').fetchone()[0])
try:
    ro.execute('DELETE FROM loan')
except sqlite3.OperationalError as err:
    print('OperationalError:', err)
ro.close()

# mode=rw refuses to create a file that is not there.
try:
    sqlite3.connect('file:missing.db?mode=rw', uri=True)
except sqlite3.OperationalError as err:
    print('OperationalError:', err)

# A named in-memory database, shared by the connections that use the
# same name, and gone when the last one closes.
name = 'file:scratch?mode=memory&cache=shared'
first = sqlite3.connect(name, uri=True)
second = sqlite3.connect(name, uri=True)
first.execute('CREATE TABLE note (text)')
first.execute("INSERT INTO note VALUES ('hello')")
first.commit()
print('second sees:', second.execute('SELECT text FROM note').fetchall())
first.close()
second.close()
