#!/usr/bin/env python3
# encoding: utf-8
"""Try a lock without waiting, or with a time limit."""

#end_pymotw_header
import threading

lock = threading.Lock()
holding = threading.Event()
let_go = threading.Event()


def holder():
    with lock:
        holding.set()
        let_go.wait()


thread = threading.Thread(target=holder)
thread.start()
holding.wait()

print('locked:', lock.locked())
print('acquire(blocking=False):', lock.acquire(blocking=False))
print('acquire(timeout=0.05):  ', lock.acquire(timeout=0.05))

let_go.set()
thread.join()
print('after the holder is done:', lock.acquire(blocking=False))
lock.release()
