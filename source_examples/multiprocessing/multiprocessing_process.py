#!/usr/bin/env python3
# encoding: utf-8
"""Start a process, wait for it, and read its exit code."""

#end_pymotw_header
import multiprocessing
import os


def greet(who):
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()
    print(f'hello, {who}, from {me.name}')
    print('  my parent is', parent.name)
    print('  a process of my own:', me.pid == os.getpid() != parent.pid)


if __name__ == '__main__':
    process = multiprocessing.Process(target=greet, args=('reader',))
    print('before start: exit code', process.exitcode)
    process.start()
    process.join()
    print('after join: exit code', process.exitcode)
    print('the parent is', multiprocessing.current_process().name)
