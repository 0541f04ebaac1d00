#!/usr/bin/env python3
# encoding: utf-8
"""An echo server for several clients in one thread, with selectors."""

#end_pymotw_header
import selectors
import socket
import threading

selector = selectors.DefaultSelector()
server = socket.create_server(('127.0.0.1', 0))
server.setblocking(False)
selector.register(server, selectors.EVENT_READ, data=None)
CLIENTS = 3


def serve():
    closed = 0
    while closed < CLIENTS:
        for key, _ in selector.select():
            if key.data is None:  # the listening socket: a new client
                conn, _ = server.accept()
                conn.setblocking(False)
                selector.register(conn, selectors.EVENT_READ, data='client')
                continue
            conn = key.fileobj
            data = conn.recv(1024)
            if data:
                conn.sendall(data.upper())
            else:  # the client closed its end
                selector.unregister(conn)
                conn.close()
                closed += 1


thread = threading.Thread(target=serve)
thread.start()

clients = [socket.create_connection(server.getsockname())
           for _ in range(CLIENTS)]
for round_ in range(2):
    for number, client in enumerate(clients):
        client.sendall(f'client {number} round {round_}'.encode())
    for client in clients:
        print(client.recv(1024))
for client in clients:
    client.close()

thread.join()
selector.close()
server.close()
