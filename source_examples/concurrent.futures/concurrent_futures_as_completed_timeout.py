#!/usr/bin/env python3
# encoding: utf-8
"""as_completed() raises TimeoutError when the deadline passes."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

release = threading.Event()


def check(host):
    if host == 'db.example':
        release.wait()  # this host never answers in time
    return f'{host} is up'


hosts = ['www.example', 'db.example', 'mail.example']
with ThreadPoolExecutor(max_workers=3) as executor:
    futures = {executor.submit(check, host): host for host in hosts}
    answers = []
    try:
        for future in as_completed(futures, timeout=0.5):
            answers.append(future.result())
    except TimeoutError:
        missing = [futures[f] for f in futures if not f.done()]
        print('gave up waiting for:', missing)
    print('answers in time:', sorted(answers))
    release.set()
