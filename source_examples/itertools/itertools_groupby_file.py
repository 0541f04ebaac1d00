#!/usr/bin/env python3
# encoding: utf-8
"""Input that is already in order needs no sorting."""

#end_pymotw_header
from itertools import dropwhile, groupby


def is_comment(line):
    return line.startswith('#')


def day(reading):
    return reading[0]


with open('itertools_readings.txt') as lines:
    readings = [line.split() for line in dropwhile(is_comment, lines)]

for date, group in groupby(readings, key=day):
    temperatures = [float(value) for _, _, value in group]
    print(f'{date}  {len(temperatures)} readings, high {max(temperatures)}')
