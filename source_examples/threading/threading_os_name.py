#!/usr/bin/env python3
# encoding: utf-8
"""From Python 3.14, the operating system sees a thread's name."""

#end_pymotw_header
import threading


def show():
    # Linux keeps each thread's name in /proc, cut to 15 bytes.
    native_id = threading.get_native_id()
    with open(f'/proc/self/task/{native_id}/comm') as comm:
        seen = comm.read().strip()
    print(f'{threading.current_thread().name!r}: the OS sees {seen!r}')


for name in ['resizer', 'thumbnail-downloader']:
    thread = threading.Thread(target=show, name=name)
    thread.start()
    thread.join()
