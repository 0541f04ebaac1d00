#!/usr/bin/env python3
# encoding: utf-8
"""A TCP echo server in a thread and a client talking to it."""

#end_pymotw_header
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))  # port 0: the system picks a free port
server.listen()
address = server.getsockname()


def serve_one():
    conn, _ = server.accept()
    with conn:
        while data := conn.recv(1024):
            print('server got ', data)
            conn.sendall(data.upper())
    print('server: client closed the connection')


thread = threading.Thread(target=serve_one)
thread.start()

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as client:
    client.connect(address)
    for message in [b'hello', b'echo me']:
        client.sendall(message)
        print('client got ', client.recv(1024))

thread.join()
server.close()
