#!/usr/bin/env python3
# encoding: utf-8
"""join() with a timeout returns even if the thread still runs."""

#end_pymotw_header
import threading

release = threading.Event()
thread = threading.Thread(target=release.wait, name='slow')
thread.start()

returned = thread.join(timeout=0.1)
print('join(timeout=0.1) returned', returned)
print('still alive:', thread.is_alive())

release.set()
thread.join()
print('after join():', thread.is_alive())
