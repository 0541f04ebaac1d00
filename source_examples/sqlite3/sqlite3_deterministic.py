#!/usr/bin/env python3
# encoding: utf-8
"""Only deterministic functions may be used in an index."""

#end_pymotw_header
import sqlite3
import unicodedata


def fold(text):
    # Compare titles without case or accents: "Émile" matches "emile".
    decomposed = unicodedata.normalize('NFKD', text.casefold())
    return ''.join(c for c in decomposed if not unicodedata.combining(c))


con = sqlite3.connect(':memory:')
con.execute('CREATE TABLE book (title TEXT)')
con.executemany('INSERT INTO book VALUES (?)',
                [('Émile',), ('Candide',), ('Zadig',)])

con.create_function('fold_any', 1, fold)
con.create_function('fold', 1, fold, deterministic=True)

for name in ['fold_any', 'fold']:
    try:
        con.execute(f'CREATE INDEX by_{name} ON book ({name}(title))')
    except sqlite3.OperationalError as err:
        print(f'{name}: failed')
        print(f'  {err}')
    else:
        print(f'{name}: index created')

row = con.execute(
    'SELECT title FROM book WHERE fold(title) = fold(?)', ('EMILE',)
).fetchone()
print('found:', row[0])
con.close()
