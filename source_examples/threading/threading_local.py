#!/usr/bin/env python3
# encoding: utf-8
"""Each thread sees its own attributes of a threading.local."""

#end_pymotw_header
import threading

request = threading.local()
request.user = 'admin'
everyone_set = threading.Barrier(3)
seen = {}


def handle(user):
    request.user = user
    everyone_set.wait()  # all three attributes are set now
    seen[user] = request.user


threads = [
    threading.Thread(target=handle, args=(user,))
    for user in ['ann', 'bob', 'cy']
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for user, value in sorted(seen.items()):
    print(f'{user} read back {value!r}')
print('the main thread still has:', request.user)


class Settings(threading.local):
    def __init__(self):  # runs again in every thread that uses it
        self.precision = 2


settings = Settings()
settings.precision = 8
found = []
thread = threading.Thread(target=lambda: found.append(settings.precision))
thread.start()
thread.join()
print('precision: main', settings.precision, '- new thread', found[0])
