#!/usr/bin/env python3
# encoding: utf-8
"""Collect the exceptions of threads with threading.excepthook."""

#end_pymotw_header
import threading

failures = []


def record(args):
    failures.append((args.thread.name, args.exc_type.__name__,
                     str(args.exc_value)))


def parse(text):
    return int(text)


threading.excepthook = record
threads = [
    threading.Thread(target=parse, args=(text,), name=f'parse {text!r}')
    for text in ['80', 'eighty', '443', '']
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
threading.excepthook = threading.__excepthook__

for name, kind, message in sorted(failures):
    print(f'{name}: {kind}: {message}')
