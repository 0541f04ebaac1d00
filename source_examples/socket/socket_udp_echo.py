#!/usr/bin/env python3
# encoding: utf-8
"""A UDP echo server in a thread: datagrams, no connection."""

#end_pymotw_header
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))


def echo(count):
    for _ in range(count):
        data, sender = server.recvfrom(1024)
        print('server got ', data)
        server.sendto(data[::-1], sender)


messages = [b'first', b'second', b'third']
thread = threading.Thread(target=echo, args=(len(messages),))
thread.start()

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
    for message in messages:
        client.sendto(message, server.getsockname())
        data, sender = client.recvfrom(1024)
        print('client got ', data,
              'from the server:', sender == server.getsockname())

thread.join()
server.close()
