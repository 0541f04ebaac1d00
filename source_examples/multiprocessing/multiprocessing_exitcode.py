#!/usr/bin/env python3
# encoding: utf-8
"""A process's exit code says how it ended."""

#end_pymotw_header
import multiprocessing
import sys

from multiprocessing_jobs import fail


def succeed():
    pass


def give_up():
    sys.exit(3)


if __name__ == '__main__':
    for target in [succeed, give_up, fail]:
        process = multiprocessing.Process(target=target,
                                          name=target.__name__)
        process.start()
        process.join()
        print(f'{process.name}: exit code {process.exitcode}')
