#!/usr/bin/env python3
# encoding: utf-8
"""A timeout turns a blocking call that waits too long into TimeoutError."""

#end_pymotw_header
import socket
import threading

server = socket.create_server(('127.0.0.1', 0))
done = threading.Event()


def silent_server():
    conn, _ = server.accept()
    with conn:
        done.wait()  # never answers; holds the connection open


thread = threading.Thread(target=silent_server)
thread.start()

with socket.create_connection(server.getsockname()) as client:
    client.settimeout(0.1)
    print('timeout:', client.gettimeout())
    try:
        client.recv(1024)
    except TimeoutError as error:
        print('recv gave up:', repr(error))
    print('socket.timeout is TimeoutError:', socket.timeout is TimeoutError)

done.set()
thread.join()
server.close()
