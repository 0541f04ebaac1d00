#!/usr/bin/env python3
# encoding: utf-8
"""An initializer prepares each worker thread once."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
opened = []
opened_lock = threading.Lock()
# Two queries at a time meet here, so both worker threads get work.
meeting_point = threading.Barrier(2)


def open_connection(database):
    with opened_lock:
        number = len(opened) + 1
        opened.append(number)
    local.connection = f'{database} connection {number}'


def query(sql):
    meeting_point.wait()
    return local.connection


with ThreadPoolExecutor(max_workers=2, initializer=open_connection,
                        initargs=('inventory.db',)) as executor:
    used = list(executor.map(query, [f'SELECT {n}' for n in range(6)]))

print('queries run:', len(used))
print('initializer calls:', len(opened))
for connection in sorted(set(used)):
    print(f'{connection}: {used.count(connection)} queries')
