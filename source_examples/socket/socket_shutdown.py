#!/usr/bin/env python3
# encoding: utf-8
"""Half-closing a connection with shutdown() to say: no more data."""

#end_pymotw_header
import socket
import threading

server = socket.create_server(('127.0.0.1', 0))


def count_bytes():
    conn, _ = server.accept()
    with conn:
        total = 0
        while chunk := conn.recv(4096):  # b'' once the client shuts down
            total += len(chunk)
        conn.sendall(f'received {total} bytes'.encode())


thread = threading.Thread(target=count_bytes)
thread.start()

with socket.create_connection(server.getsockname()) as client:
    for _ in range(100):
        client.sendall(b'x' * 1000)
    client.shutdown(socket.SHUT_WR)  # the server's recv() returns b''
    reply = b''
    while chunk := client.recv(4096):
        reply += chunk
    print(reply.decode())

thread.join()
server.close()
