#!/usr/bin/env python3
# encoding: utf-8
"""initializer and initargs set up each worker process once."""

#end_pymotw_header
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

rates = None  # filled in, in each worker, by load_rates()


def load_rates(table):
    global rates
    rates = table


def convert(amount, currency):
    return f'{amount} {currency} = {amount * rates[currency]:.2f} EUR'


def main():
    table = {'USD': 0.92, 'GBP': 1.17, 'JPY': 0.0062}
    context = multiprocessing.get_context('spawn')
    with ProcessPoolExecutor(max_workers=2, mp_context=context,
                             initializer=load_rates,
                             initargs=(table,)) as pool:
        amounts = [10, 25, 1000, 3]
        currencies = ['USD', 'GBP', 'JPY', 'USD']
        for line in pool.map(convert, amounts, currencies):
            print(line)
    print('rates in the main process:', rates)


if __name__ == '__main__':
    main()
