#!/usr/bin/env python3
# encoding: utf-8
"""Add a median() aggregate function with create_aggregate()."""

#end_pymotw_header
import sqlite3
import statistics


class Median:
    def __init__(self):
        self.values = []

    def step(self, value):  # called for each row of the group
        if value is not None:
            self.values.append(value)

    def finalize(self):  # called once at the end of the group
        return statistics.median(self.values) if self.values else None


con = sqlite3.connect('library.db')
con.create_aggregate('median', 1, Median)

print(f'{"genre":16} {"books":>5} {"avg":>6} {"median":>6}')
for genre, books, average, median in con.execute(
    '''
    SELECT genre, count(*), avg(pages), median(pages)
    FROM book GROUP BY genre ORDER BY genre
    '''
):
    print(f'{genre:16} {books:5} {average:6.1f} {median:6.1f}')
con.close()
