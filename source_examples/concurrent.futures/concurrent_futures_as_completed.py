#!/usr/bin/env python3
# encoding: utf-8
"""as_completed() yields futures in the order they finish."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

files = ['big.iso', 'notes.txt', 'photo.jpg']
gates = {name: threading.Event() for name in files}


def download(name):
    gates[name].wait()
    return f'{name} downloaded'


# The main thread opens one gate at a time, in this order, to make
# every run finish in the same order.
finishing_order = ['notes.txt', 'photo.jpg', 'big.iso']

with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(download, name) for name in files]
    print('submitted:', files)
    gates[finishing_order[0]].set()
    for count, future in enumerate(as_completed(futures), start=1):
        print(future.result())
        if count < len(finishing_order):
            gates[finishing_order[count]].set()
