#!/usr/bin/env python3
# encoding: utf-8
"""Value and Array live in shared memory, visible to every process."""

#end_pymotw_header
import multiprocessing


def count(total, times):
    for _ in range(times):
        with total.get_lock():  # += is a read and a write: lock it
            total.value += 1


def fill(squares):
    for i in range(len(squares)):
        squares[i] = i * i


if __name__ == '__main__':
    total = multiprocessing.Value('i', 0)  # a C int, with a lock
    squares = multiprocessing.Array('d', 5)  # five C doubles
    processes = [
        multiprocessing.Process(target=count, args=(total, 1000))
        for _ in range(4)
    ]
    processes.append(multiprocessing.Process(target=fill, args=(squares,)))
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    print('total:', total.value)
    print('squares:', list(squares))
