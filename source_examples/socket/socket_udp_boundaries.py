#!/usr/bin/env python3
# encoding: utf-8
"""Datagrams keep their boundaries; a short buffer cuts one off."""

#end_pymotw_header
import socket

with (socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver,
      socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender):
    receiver.bind(('127.0.0.1', 0))
    sender.connect(receiver.getsockname())  # sets the default destination
    for message in [b'one', b'two', b'a longer message']:
        sender.send(message)

    print(receiver.recv(1024))  # one datagram per call, never merged
    print(receiver.recv(1024))
    print(receiver.recv(8))  # the rest of this datagram is discarded
    receiver.setblocking(False)
    try:
        receiver.recv(1024)
    except BlockingIOError:
        print('nothing left to read')
