#!/usr/bin/env python3
# encoding: utf-8
"""create_server() and create_connection() do the setup in one call."""

#end_pymotw_header
import socket
import threading

server = socket.create_server(('127.0.0.1', 0))
print('family:', server.family.name)
print('type:  ', server.type.name)
print('listening:', server.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))


def serve_one():
    conn, _ = server.accept()
    with conn:
        conn.sendall(b'welcome\n')


thread = threading.Thread(target=serve_one)
thread.start()

with socket.create_connection(server.getsockname(), timeout=5) as client:
    print('client got', client.recv(1024))
    print('client timeout:', client.gettimeout())

thread.join()
server.close()
