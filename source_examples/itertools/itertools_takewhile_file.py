#!/usr/bin/env python3
# encoding: utf-8
"""Splitting a file into its header and its data."""

#end_pymotw_header
from itertools import dropwhile, takewhile


def is_comment(line):
    return line.startswith('#')


with open('itertools_readings.txt') as lines:
    header = list(takewhile(is_comment, lines))
    data = list(lines)
print('takewhile() read', len(header), 'header lines')
print('  the rest has', len(data), 'lines, from', data[0].rstrip())

with open('itertools_readings.txt') as lines:
    data = list(dropwhile(is_comment, lines))
print('dropwhile() kept', len(data), 'lines, from', data[0].rstrip())
