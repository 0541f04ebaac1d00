#!/usr/bin/env python3
# encoding: utf-8
"""Mark the blank lines of the expected output with <BLANKLINE>."""

#end_pymotw_header


def shopping_list(sections):
    """Print each section with its items, separated by blank lines.

    >>> shopping_list({'fruit': ['pear', 'plum'], 'bread': ['rye']})
    fruit:
      pear
      plum
    <BLANKLINE>
    bread:
      rye
    <BLANKLINE>
    """
    for title, items in sections.items():
        print(f'{title}:')
        for item in items:
            print(f'  {item}')
        print()
