#!/usr/bin/env python3
# encoding: utf-8
"""Connections and threads: one connection per thread."""

#end_pymotw_header
import sqlite3
import threading

print('threadsafety:', sqlite3.threadsafety)

con = sqlite3.connect('library.db')


def use_shared():
    try:
        con.execute('SELECT count(*) FROM book')
    except sqlite3.ProgrammingError as err:
        # The rest of the message names the two threads by their ids.
        print('ProgrammingError:', str(err).split('.')[0])


thread = threading.Thread(target=use_shared)
thread.start()
thread.join()
con.close()

results = {}


def count(genre):
    # Each thread opens, uses and closes its own connection.
    with sqlite3.connect('library.db') as own:
        row = own.execute(
            'SELECT count(*) FROM book WHERE genre = ?', (genre,)
        ).fetchone()
    own.close()
    results[genre] = row[0]


threads = [
    threading.Thread(target=count, args=(genre,))
    for genre in ('classic', 'fantasy', 'literary', 'science fiction')
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(dict(sorted(results.items())))
