#!/usr/bin/env python3
# encoding: utf-8
"""Python 3.14: interrupt() raises KeyboardInterrupt in the child."""

#end_pymotw_header
import multiprocessing
import signal


def serve(ready, stop):
    # Python raises KeyboardInterrupt only with this handler, which it
    # does not install when started with SIGINT ignored (nohup, a
    # background job of a script).
    signal.signal(signal.SIGINT, signal.default_int_handler)
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
