#!/usr/bin/env python3
# encoding: utf-8
"""fork() in a process that runs threads is deprecated since 3.12."""

#end_pymotw_header
import multiprocessing
import re
import threading
import warnings
from concurrent.futures import ProcessPoolExecutor


def double(n):
    return n * 2


def main():
    # A thread that is busy when the process pool starts its workers.
    stop = threading.Event()
    busy = threading.Thread(target=stop.wait)
    busy.start()

    context = multiprocessing.get_context('fork')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            print('result:', pool.submit(double, 21).result())
    stop.set()
    busy.join()

    print('warnings:', len(caught))
    for warning in caught:
        message = re.sub(r' \(pid=\d+\)', '', str(warning.message))
        print(f'{warning.category.__name__}: {message}')


if __name__ == '__main__':
    main()
