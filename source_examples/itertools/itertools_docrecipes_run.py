#!/usr/bin/env python3
# encoding: utf-8
"""Running the tools named after the documentation's recipes."""

#end_pymotw_header
from itertools import count

from itertools_docrecipes import (
    all_equal,
    first_true,
    flatten,
    grouper,
    iter_index,
    nth,
    powerset,
    quantify,
    sliding_window,
    tail,
    take,
    unique_justseen,
)


def show(call, value):
    print(f'{call:36} {value}')


show('take(3, count(10))', take(3, count(10)))
show("list(tail(2, 'stream'))", list(tail(2, 'stream')))
show("nth('abc', 1)", nth('abc', 1))
show("nth('abc', 5)", nth('abc', 5))
show('quantify(range(10), is_odd)', quantify(range(10), lambda n: n % 2))
show("all_equal('aaa')", all_equal('aaa'))
show("all_equal('aab')", all_equal('aab'))
show("all_equal(['A', 'a'], str.lower)", all_equal(['A', 'a'], str.lower))
show('first_true([0, None, 7])', first_true([0, None, 7]))
show('list(flatten([[1, 2], [3]]))', list(flatten([[1, 2], [3]])))
show("list(iter_index('banana', 'a'))", list(iter_index('banana', 'a')))
show(
    "''.join(unique_justseen('AABBBCAA'))",
    ''.join(unique_justseen('AABBBCAA')),
)
show('list(sliding_window(range(5), 3))', list(sliding_window(range(5), 3)))
print('list(powerset([1, 2, 3]))')
print('   ', list(powerset([1, 2, 3])))

print()
print("grouper('abcdefg', 3, ...)")
print('    fill:  ', list(grouper('abcdefg', 3, fillvalue='-')))
print('    ignore:', list(grouper('abcdefg', 3, incomplete='ignore')))
try:
    list(grouper('abcdefg', 3, incomplete='strict'))
except ValueError as err:
    print('    strict: ValueError:', err)
