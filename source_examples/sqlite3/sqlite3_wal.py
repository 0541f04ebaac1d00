#!/usr/bin/env python3
# encoding: utf-8
"""WAL mode: readers keep reading while a writer writes."""

#end_pymotw_header
import sqlite3
from pathlib import Path

writer = sqlite3.connect('library.db')
reader = sqlite3.connect('library.db')
mode = writer.execute('PRAGMA journal_mode=WAL').fetchone()[0]
print('journal mode:', mode)

# The writer changes a row but has not committed yet.
writer.execute("UPDATE book SET year = 1900 WHERE title = 'Emma'")

# The reader is not blocked: it sees the last committed state.
query = "SELECT year FROM book WHERE title = 'Emma'"
print('reader, before commit:', reader.execute(query).fetchone()[0])
writer.commit()
print('reader, after commit: ', reader.execute(query).fetchone()[0])
print('files:', sorted(path.name for path in Path('.').glob('library.db*')))

# Back to the default mode, which needs the only connection and
# removes the -wal and -shm files.
reader.close()
writer.execute("UPDATE book SET year = 1815 WHERE title = 'Emma'")
writer.commit()
writer.execute('PRAGMA journal_mode=DELETE')
writer.close()
print('files:', sorted(path.name for path in Path('.').glob('library.db*')))
