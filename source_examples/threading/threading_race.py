#!/usr/bin/env python3
# encoding: utf-8
"""A lost update: two threads read, then both write."""

#end_pymotw_header
import threading

balance = 100
# Holds each thread between its read and its write, so that both read
# the old balance: the unlucky timing a race needs, made certain.
both_have_read = threading.Barrier(2)


def deposit(amount):
    global balance
    current = balance
    both_have_read.wait()
    balance = current + amount


threads = [threading.Thread(target=deposit, args=(10,)) for _ in range(2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print('two deposits of 10 on 100 give', balance)
