#!/usr/bin/env python3
# encoding: utf-8
"""Daemon threads do not keep the program running."""

#end_pymotw_header
import threading

never = threading.Event()
main_done = threading.Event()


def watch():
    never.wait()  # blocks until the process ends
    print('never printed')


def finish():
    main_done.wait()
    print('worker: finished after the main code')


watcher = threading.Thread(target=watch, name='watcher', daemon=True)
worker = threading.Thread(target=finish, name='worker')
watcher.start()
worker.start()
for thread in (watcher, worker):
    print(f'{thread.name}: daemon={thread.daemon} alive={thread.is_alive()}')
print('main: end of the script')
main_done.set()
