#!/usr/bin/env python3
# encoding: utf-8
"""cycle() repeats a sequence of items forever."""

#end_pymotw_header
from itertools import cycle, islice

players = cycle(['ann', 'bob', 'cy'])
for move in range(1, 6):
    print(f'move {move}: {next(players)}')


def stripe_colors():
    print('  stripe_colors() runs')
    yield 'red'
    yield 'white'


print(list(islice(cycle(stripe_colors()), 7)))
