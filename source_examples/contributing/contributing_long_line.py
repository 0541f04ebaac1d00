#!/usr/bin/env python3
# encoding: utf-8
"""Print a line too long for the page."""

#end_pymotw_header
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']
print('Greek letters: ' + ', '.join(words * 2) + '.')
print('  an indented line that is long enough to be broken as well, too')
