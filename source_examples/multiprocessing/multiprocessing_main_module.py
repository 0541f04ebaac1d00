#!/usr/bin/env python3
# encoding: utf-8
"""A child started by spawn or forkserver imports the script again."""

#end_pymotw_header
import multiprocessing

name = multiprocessing.current_process().name
print(f'script run as {__name__!r} in {name}')


def work():
    print('  work() in', multiprocessing.current_process().name)


if __name__ == '__main__':
    for method in ['fork', 'spawn', 'forkserver']:
        print(method)
        context = multiprocessing.get_context(method)
        process = context.Process(target=work)
        process.start()
        process.join()
