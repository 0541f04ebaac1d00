#!/usr/bin/env python3
# encoding: utf-8
"""Run the examples of a module from the module itself."""

#end_pymotw_header


def word_count(text):
    """Count the words in a piece of text.

    >>> word_count('the quick brown fox')
    4
    >>> word_count('   ')
    0
    """
    return len(text.split())


if __name__ == '__main__':
    import doctest

    results = doctest.testmod()
    print(results)
