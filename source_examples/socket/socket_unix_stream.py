#!/usr/bin/env python3
# encoding: utf-8
"""A Unix domain stream socket: a path in the file system instead of a port."""

#end_pymotw_header
import os
import socket
import stat
import tempfile
import threading

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'echo.sock')
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen()
    print('socket file exists:', os.path.exists(path))
    print('is a socket:', stat.S_ISSOCK(os.stat(path).st_mode))

    def serve_one():
        conn, _ = server.accept()
        with conn:
            conn.sendall(b'hello ' + conn.recv(1024))

    thread = threading.Thread(target=serve_one)
    thread.start()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(path)
        client.sendall(b'unix')
        print('client got', client.recv(1024))
    thread.join()
    server.close()
    print('file left after close:', os.path.exists(path))
