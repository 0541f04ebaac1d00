#!/usr/bin/env python3
# encoding: utf-8
"""imap_unordered() yields results as they come; sort them to print."""

#end_pymotw_header
import multiprocessing


def measure(word):
    return word, len(word)


if __name__ == '__main__':
    words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'cherry']
    with multiprocessing.Pool(processes=3) as pool:
        in_order = list(pool.imap(measure, words))
        as_they_came = list(pool.imap_unordered(measure, words))
    print('imap:          ', ' '.join(f'{w}={n}' for w, n in in_order))
    print('same results:  ', sorted(as_they_came) == sorted(in_order))
    by_size = sorted(as_they_came, key=lambda result: result[::-1])
    print('sorted by size:', ' '.join(f'{w}={n}' for w, n in by_size))
