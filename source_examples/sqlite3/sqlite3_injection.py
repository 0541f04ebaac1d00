#!/usr/bin/env python3
# encoding: utf-8
"""Compare SQL built by string formatting with a parameter."""

#end_pymotw_header
import sqlite3

con = sqlite3.connect('library.db')


def formatted(title):
    # Wrong: the value becomes part of the SQL text.
    sql = f"SELECT id, title FROM book WHERE title = '{title}'"
    return con.execute(sql).fetchall()


def parameter(title):
    # Right: the SQL text is fixed, the value travels separately.
    sql = 'SELECT id, title FROM book WHERE title = ?'
    return con.execute(sql, (title,)).fetchall()


for title in ['Emma', "If on a winter's night a traveler", "' OR 1=1 --"]:
    print(f'title: {title}')
    for search in [formatted, parameter]:
        try:
            rows = search(title)
        except sqlite3.Error as err:
            print(f'  {search.__name__:9}: {type(err).__name__}: {err}')
        else:
            print(f'  {search.__name__:9}: {len(rows)} row(s)')

con.close()
