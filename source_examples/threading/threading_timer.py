#!/usr/bin/env python3
# encoding: utf-8
"""A Timer runs a function later, unless it is cancelled."""

#end_pymotw_header
import threading

calls = []
soon = threading.Timer(0.05, calls.append, args=['soon'])
later = threading.Timer(60, calls.append, args=['later'])
soon.start()
later.start()
later.cancel()

soon.join()
later.join()  # a cancelled timer's thread ends at once
print('calls made:', calls)
print('timers are threads:', isinstance(soon, threading.Thread))
