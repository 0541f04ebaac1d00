#!/usr/bin/env python3
# encoding: utf-8
"""Calls run in sub-interpreters of the same process (3.14+)."""

#end_pymotw_header
import os
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor

calls = 0


def count_primes(limit, parent_pid):
    global calls
    calls += 1
    found = sum(
        all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit)
    )
    where = interpreters.get_current().id
    return where, os.getpid() == parent_pid, calls, found


if __name__ == '__main__':
    print('main interpreter:', interpreters.get_current().id)
    pid = os.getpid()
    with InterpreterPoolExecutor(max_workers=1) as executor:
        for where, same_process, count, found in executor.map(
            count_primes, [1000, 2000, 3000], [pid] * 3
        ):
            print(
                f'interpreter {where}, same process: {same_process}, '
                f'call {count} there: {found} primes'
            )
    print('calls counted in the main interpreter:', calls)
