#!/usr/bin/env python3
# encoding: utf-8
"""Thread names, the main thread and thread identifiers."""

#end_pymotw_header
import threading


def work():
    pass


threads = [
    threading.Thread(target=work),
    threading.Thread(target=work, name='loader'),
    threading.Thread(),
]
print('before start, ident:', threads[0].ident)
for thread in threads:
    thread.start()
    thread.join()
    print(f'{thread.name!r:18} ident is an int: {type(thread.ident) is int}')

main = threading.main_thread()
print('main thread:', main.name)
print('running in it:', threading.current_thread() is main)
print('native id known:', main.native_id == threading.get_native_id())
