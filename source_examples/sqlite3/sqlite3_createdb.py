#!/usr/bin/env python3
# encoding: utf-8
"""Create the example database and load its rows."""

#end_pymotw_header
import csv
import sqlite3
from pathlib import Path

DATABASE = Path('library.db')

AUTHORS = [
    ('Ursula K. Le Guin', 1929),
    ('Terry Pratchett', 1948),
    ('Jane Austen', 1775),
    ('Octavia E. Butler', 1947),
    ('Italo Calvino', 1923),
]

DATABASE.unlink(missing_ok=True)  # start from scratch on every run
con = sqlite3.connect(DATABASE)  # creates the file

schema = Path('library_schema.sql').read_text(encoding='utf-8')
con.executescript(schema)

# One statement, run once for each tuple of the list.
con.executemany('INSERT INTO author (name, born) VALUES (?, ?)', AUTHORS)

# One statement, run once for each dictionary the reader produces.
with open('library_books.csv', encoding='utf-8', newline='') as f:
    con.executemany(
        '''
        INSERT INTO book (title, author_id, year, pages, genre)
        VALUES (:title,
                (SELECT id FROM author WHERE name = :author),
                :year, :pages, :genre)
        ''',
        csv.DictReader(f),
    )

con.commit()
authors, books = con.execute(
    'SELECT (SELECT count(*) FROM author), (SELECT count(*) FROM book)'
).fetchone()
con.close()
print(f'{DATABASE}: {authors} authors, {books} books')
