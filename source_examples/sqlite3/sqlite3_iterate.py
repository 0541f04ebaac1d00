#!/usr/bin/env python3
# encoding: utf-8
"""Loop over a query's rows and name its columns from the description."""

#end_pymotw_header
import sqlite3

con = sqlite3.connect('library.db')
cur = con.execute(
    '''
    SELECT author.name AS author, count(*) AS books,
           sum(book.pages) AS pages
    FROM book JOIN author ON author.id = book.author_id
    GROUP BY author.name
    ORDER BY author.name
    '''
)

names = [column[0] for column in cur.description]
print(f'{names[0]:<20} {names[1]:>5} {names[2]:>5}')
for author, books, pages in cur:
    print(f'{author:<20} {books:>5} {pages:>5}')

con.close()
