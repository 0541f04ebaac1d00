#!/usr/bin/env python3
# encoding: utf-8
"""An exception in a thread is reported, and the program goes on."""

#end_pymotw_header
import threading


def parse(text):
    return int(text)


thread = threading.Thread(target=parse, args=('eighty',), name='parser')
thread.start()
thread.join()
print('the main thread goes on; the thread is alive:', thread.is_alive())
