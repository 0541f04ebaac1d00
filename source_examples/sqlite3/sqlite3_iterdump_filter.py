#!/usr/bin/env python3
# encoding: utf-8
"""Dump only some tables with the filter of iterdump() (Python 3.13)."""

#end_pymotw_header
import sqlite3
from contextlib import closing

with closing(sqlite3.connect('library.db')) as con:
    for line in con.iterdump(filter='cover'):
        print(line)
