#!/usr/bin/env python3
# encoding: utf-8
"""Python 3.14: interrupt() raises KeyboardInterrupt in the child."""

#end_pymotw_header
import multiprocessing


def serve(ready, stop):
    try:
        ready.set()
        stop.wait()  # nobody sets it: only an interrupt ends the wait
    except KeyboardInterrupt:
        print('child: KeyboardInterrupt, saving the work')
    finally:
        print('child: finally block ran')


if __name__ == '__main__':
    ready = multiprocessing.Event()
    stop = multiprocessing.Event()
    process = multiprocessing.Process(target=serve, args=(ready, stop))
    process.start()
    ready.wait()
    process.interrupt()
    process.join()
    print('exit code:', process.exitcode)
