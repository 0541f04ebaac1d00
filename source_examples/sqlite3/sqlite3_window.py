#!/usr/bin/env python3
# encoding: utf-8
"""A moving median with create_window_function() (Python 3.11)."""

#end_pymotw_header
import sqlite3
import statistics


class MovingMedian:
    def __init__(self):
        self.values = []

    def step(self, value):  # a row enters the window
        self.values.append(value)

    def inverse(self, value):  # a row leaves the window
        self.values.remove(value)

    def value(self):  # the result for the current row
        return statistics.median(self.values)

    def finalize(self):  # the result when used as a plain aggregate
        return self.value()


con = sqlite3.connect('library.db')
con.create_window_function('median', 1, MovingMedian)

for year, title, pages, median in con.execute(
    '''
    SELECT year, title, pages,
           median(pages) OVER (
               ORDER BY year, title ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING
           )
    FROM book ORDER BY year, title
    '''
):
    print(f'{year} {title:34} {pages:3} {median:6.1f}')
con.close()
