#!/usr/bin/env python3
# encoding: utf-8
"""Give the examples names that the module does not define."""

#end_pymotw_header


def restock(stock, item, count):
    """Add count units of item to the stock.

    The examples use a stock that the test runner provides:

    >>> stock['pears']
    2
    >>> restock(stock, 'pears', 3)
    >>> stock['pears']
    5
    """
    stock[item] = stock.get(item, 0) + count


def sell(stock, item, count):
    """Take count units of item out of the stock.

    >>> sell(stock, 'pears', 2)
    >>> stock['pears']
    0
    """
    if stock.get(item, 0) < count:
        raise ValueError(f'not enough {item} in stock')
    stock[item] -= count


if __name__ == '__main__':
    import doctest

    sample = {'apples': 10, 'pears': 2}
    print(doctest.testmod(extraglobs={'stock': sample}))
    print('after the run:', sample)
