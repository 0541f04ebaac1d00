#!/usr/bin/env python3
# encoding: utf-8
"""A line-based protocol through file objects made by makefile()."""

#end_pymotw_header
import socket
import threading

server = socket.create_server(('127.0.0.1', 0))


def serve_one():
    conn, _ = server.accept()
    with conn, conn.makefile('rw', encoding='utf-8') as stream:
        for line in stream:
            words = line.split()
            stream.write(f'{len(words)} words\n')
            stream.flush()


thread = threading.Thread(target=serve_one)
thread.start()

with socket.create_connection(server.getsockname()) as client:
    with client.makefile('rw', encoding='utf-8') as stream:
        for text in ['one', 'two words', 'and now three']:
            stream.write(text + '\n')
            stream.flush()
            print(f'{text!r:16} -> {stream.readline().strip()}')

thread.join()
server.close()
