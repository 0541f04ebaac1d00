#!/usr/bin/env python3
# encoding: utf-8
"""A target that only 'fork' can send: a function defined in a function."""

#end_pymotw_header
import multiprocessing


def main():
    greeting = 'hello from a nested function'

    def greet():
        print(greeting)

    process = multiprocessing.Process(target=greet)
    try:
        process.start()
    except Exception as error:
        print(f'start() failed: {type(error).__name__}: {error}')
        return
    process.join()
    print('exit code:', process.exitcode)


if __name__ == '__main__':
    print('start method:', multiprocessing.get_start_method())
    main()
