#!/usr/bin/env python3
# encoding: utf-8
"""nullcontext() stands in when no real manager is needed."""

#end_pymotw_header
import io
import threading
from contextlib import nullcontext


def report(lines, out=None, lock=None):
    # The caller may pass an open stream and a lock, or neither.
    target = nullcontext(out) if out is not None else io.StringIO()
    with lock or nullcontext(), target as stream:
        for line in lines:
            stream.write(line + '\n')
        if out is None:
            return stream.getvalue()
        return None


print(repr(report(['a', 'b'])))

buffer = io.StringIO()
report(['c'], out=buffer, lock=threading.Lock())
print('still open:', not buffer.closed, repr(buffer.getvalue()))

with nullcontext(42) as value:
    print('nullcontext(42) gives', value)
