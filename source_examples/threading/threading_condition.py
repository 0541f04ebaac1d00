#!/usr/bin/env python3
# encoding: utf-8
"""A consumer waits on a Condition until the producer adds work."""

#end_pymotw_header
import threading

jobs = []
changed = threading.Condition()


def consumer():
    while True:
        with changed:
            changed.wait_for(lambda: jobs)
            job = jobs.pop(0)
        if job is None:
            break
        print('consumed', job)
    print('consumer: no more jobs')


thread = threading.Thread(target=consumer)
thread.start()
for job in ['wash', 'dry', 'fold', None]:  # None: the last one
    with changed:
        jobs.append(job)
        changed.notify()
thread.join()
