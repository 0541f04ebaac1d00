#!/usr/bin/env python3
# encoding: utf-8
"""socketpair(): two connected sockets, no address needed."""

#end_pymotw_header
import socket
import threading

left, right = socket.socketpair()
print('family:', left.family.name, 'type:', left.type.name)


def worker(sock):
    with sock:
        while request := sock.recv(1024):
            sock.sendall(str(len(request)).encode())


thread = threading.Thread(target=worker, args=(right,))
thread.start()

with left:
    for word in [b'a', b'socket', b'pair']:
        left.sendall(word)
        print(word, '->', left.recv(1024))
    left.shutdown(socket.SHUT_WR)
    thread.join()
