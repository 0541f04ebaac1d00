#!/usr/bin/env python3
# encoding: utf-8
"""A Lock makes a read-modify-write step atomic."""

#end_pymotw_header
import threading

balance = 100
balance_lock = threading.Lock()


def deposit(amount, times):
    global balance
    for _ in range(times):
        with balance_lock:
            current = balance
            balance = current + amount


threads = [
    threading.Thread(target=deposit, args=(10, 10_000)) for _ in range(4)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print('4 threads x 10,000 deposits of 10 on 100 give', balance)
print('locked now:', balance_lock.locked())
