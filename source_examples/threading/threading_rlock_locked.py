#!/usr/bin/env python3
# encoding: utf-8
"""RLock and Condition gained locked() in Python 3.14."""

#end_pymotw_header
import threading

rlock = threading.RLock()
condition = threading.Condition(rlock)
print('before:', rlock.locked(), condition.locked())
with rlock:
    with rlock:
        print('inside twice:', rlock.locked(), condition.locked())
    print('inside once: ', rlock.locked())
print('after: ', rlock.locked())
