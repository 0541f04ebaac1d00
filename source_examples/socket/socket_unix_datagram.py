#!/usr/bin/env python3
# encoding: utf-8
"""Unix domain datagrams between two bound paths."""

#end_pymotw_header
import os
import socket
import tempfile

with tempfile.TemporaryDirectory() as folder:
    server_path = os.path.join(folder, 'server.sock')
    client_path = os.path.join(folder, 'client.sock')
    with (socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server,
          socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as client):
        server.bind(server_path)
        client.bind(client_path)  # so the server has an address to answer
        client.sendto(b'ping', server_path)
        data, sender = server.recvfrom(1024)
        print('server got', data, 'from', os.path.basename(sender))
        server.sendto(b'pong', sender)
        print('client got', client.recv(1024))
    print(sorted(os.listdir(folder)), '(unlink the paths yourself)')
