#!/usr/bin/env python3
# encoding: utf-8
"""Pool.map() splits the calls between worker processes."""

#end_pymotw_header
import multiprocessing


def square(n):
    return n * n


if __name__ == '__main__':
    with multiprocessing.Pool(processes=4) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(pow, [(2, 8), (3, 4), (10, 3)]))
