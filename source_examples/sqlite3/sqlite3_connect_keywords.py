#!/usr/bin/env python3
# encoding: utf-8
"""A call written for Python 3.12: connect() arguments by position."""

#end_pymotw_header
import sqlite3
import warnings

# Show the deprecation warnings of 3.13 and 3.14 whatever the options
# Python was started with.
warnings.simplefilter('always', DeprecationWarning)

# The timeout, the second parameter of connect(), given by position.
try:
    con = sqlite3.connect('library.db', 5.0)
except TypeError as err:
    print('TypeError:', err)
else:
    print('connect() accepted the timeout by position')
    con.close()

con = sqlite3.connect('library.db', timeout=5.0)
print('connect() with timeout=5.0: fine')

# The three arguments of create_function() given by keyword.
try:
    con.create_function(name='shout', narg=1, func=str.upper)
except TypeError as err:
    print('TypeError:', err)
else:
    print('create_function() accepted keywords')

con.create_function('shout', 1, str.upper)
print(con.execute('SELECT shout(name) FROM author WHERE id = 1').fetchone())
con.close()
