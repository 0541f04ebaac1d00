#!/usr/bin/env python3
# encoding: utf-8
"""A non-blocking socket never waits: it raises BlockingIOError."""

#end_pymotw_header
import socket

left, right = socket.socketpair()
with left, right:
    right.setblocking(False)
    print('blocking:', right.getblocking(), 'timeout:', right.gettimeout())
    try:
        right.recv(1024)
    except BlockingIOError as error:
        print('recv with nothing to read:', type(error).__name__)

    left.sendall(b'ready now')
    print('recv after a send:', right.recv(1024))

    # send() takes only what fits in the buffers.
    left.setblocking(False)
    sent = 0
    try:
        while True:
            sent += left.send(b'x' * 65536)
    except BlockingIOError:
        print('buffers full after more than 64 KiB:', sent > 65536)
