#!/usr/bin/env python3
# encoding: utf-8
"""Change rows, then look at lastrowid and rowcount."""

#end_pymotw_header
import sqlite3

con = sqlite3.connect('library.db')

cur = con.execute(
    '''
    INSERT INTO book (title, author_id, year, pages, genre)
    SELECT 'The Lathe of Heaven', id, 1971, 184, 'science fiction'
    FROM author WHERE name = 'Ursula K. Le Guin'
    '''
)
print('inserted book id:', cur.lastrowid)

cur = con.execute(
    """
    UPDATE book SET genre = 'speculative'
    WHERE genre IN ('fantasy', 'science fiction')
    """
)
print('rows updated:', cur.rowcount)

con.commit()
con.close()
