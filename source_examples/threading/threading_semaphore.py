#!/usr/bin/env python3
# encoding: utf-8
"""A Semaphore lets a fixed number of threads in at once."""

#end_pymotw_header
import threading

connections = threading.Semaphore(2)
# Each thread inside waits for its partner: proof that two get in.
partners = threading.Barrier(2)
counter_lock = threading.Lock()
inside = 0
most_inside = 0


def query(n):
    global inside, most_inside
    with connections:
        with counter_lock:
            inside += 1
            most_inside = max(most_inside, inside)
        partners.wait()
        with counter_lock:
            inside -= 1


threads = [threading.Thread(target=query, args=(n,)) for n in range(6)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print('queries:', len(threads), '- most at once:', most_inside)
