#!/usr/bin/env python3
# encoding: utf-8
"""closing() gives a close() method a with statement."""

#end_pymotw_header
from contextlib import closing


class Connection:
    def __init__(self):
        print('connection opened')

    def send(self, text):
        print('sent:', text)

    def close(self):
        print('connection closed')


with closing(Connection()) as conn:
    conn.send('hello')

try:
    with closing(Connection()) as conn:
        raise OSError('network down')
except OSError as err:
    print('error:', err)
