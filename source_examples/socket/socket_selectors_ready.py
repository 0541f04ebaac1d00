#!/usr/bin/env python3
# encoding: utf-8
"""A selector reports which sockets are ready, and for what."""

#end_pymotw_header
import selectors
import socket

selector = selectors.DefaultSelector()
left, right = socket.socketpair()
selector.register(left, selectors.EVENT_READ, data='left')
selector.register(right, selectors.EVENT_READ | selectors.EVENT_WRITE,
                  data='right')


def show(events):
    names = {selectors.EVENT_READ: 'read', selectors.EVENT_WRITE: 'write'}
    for key, mask in sorted(events, key=lambda event: event[0].data):
        ready = [name for bit, name in names.items() if mask & bit]
        print(f'  {key.data}: {ready}')


print('nothing sent yet:')
show(selector.select(timeout=0))
right.send(b'ping')
print('after right sent:')
show(selector.select(timeout=0))
print('left reads', left.recv(1024))
selector.unregister(right)  # always writable: stop watching it
print('nothing ready within the timeout:', selector.select(timeout=0.01))

selector.close()
left.close()
right.close()
