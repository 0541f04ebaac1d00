#!/usr/bin/env python3
# encoding: utf-8
"""combinations() picks items without caring about order."""

#end_pymotw_header
from itertools import combinations, combinations_with_replacement


def show(rows):
    print(' '.join(''.join(row) for row in rows))


show(combinations('abcd', 2))
show(combinations('abcd', 3))
show(combinations_with_replacement('abc', 2))

teams = ['lions', 'owls', 'foxes']
for home, away in combinations(teams, 2):
    print(f'{home} v {away}')
