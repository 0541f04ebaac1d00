#!/usr/bin/env python3
# encoding: utf-8
"""map() returns results in the order of its inputs."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor

words = ['alpha', 'beta', 'gamma', 'delta']
finished = {word: threading.Event() for word in words}
finishing_order = []


def shout(word):
    # Each call waits for the call after it, so the last word finishes
    # first and the first word finishes last.
    position = words.index(word)
    if position + 1 < len(words):
        finished[words[position + 1]].wait()
    finishing_order.append(word)
    finished[word].set()
    return word.upper()


with ThreadPoolExecutor(max_workers=len(words)) as executor:
    results = list(executor.map(shout, words))

print('calls finished in the order:', finishing_order)
print('map() returned:             ', results)
