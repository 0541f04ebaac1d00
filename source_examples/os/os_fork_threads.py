#!/usr/bin/env python3
# encoding: utf-8
"""Forking while other threads run is deprecated since 3.12."""

#end_pymotw_header
import os
import threading
import warnings

stop = threading.Event()
worker = threading.Thread(target=stop.wait)
worker.start()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)

stop.set()
worker.join()
print('warnings:', len(caught))
for w in caught:
    print(w.category.__name__)
    print(str(w.message).split('. ')[0])
