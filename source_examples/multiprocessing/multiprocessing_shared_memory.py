#!/usr/bin/env python3
# encoding: utf-8
"""A block of shared memory, found by name from another process."""

#end_pymotw_header
import multiprocessing
from multiprocessing import shared_memory


def double_in_place(name, length):
    block = shared_memory.SharedMemory(name=name)
    for i in range(length):
        block.buf[i] *= 2
    block.close()


if __name__ == '__main__':
    block = shared_memory.SharedMemory(create=True, size=4)
    block.buf[:4] = bytes([1, 2, 3, 40])
    process = multiprocessing.Process(target=double_in_place,
                                      args=(block.name, 4))
    process.start()
    process.join()
    print('after the child:', list(block.buf[:4]))
    block.close()
    block.unlink()  # once, by the owner: frees the memory

    numbers = shared_memory.ShareableList([1, 2.5, 'three', None])
    print('a ShareableList:', list(numbers))
    numbers.shm.close()
    numbers.shm.unlink()
