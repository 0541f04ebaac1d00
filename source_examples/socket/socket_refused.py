#!/usr/bin/env python3
# encoding: utf-8
"""Connecting to a port where nobody listens."""

#end_pymotw_header
import socket

# Take a free port, then close the socket: nothing listens there now.
with socket.create_server(('127.0.0.1', 0)) as probe:
    address = probe.getsockname()

try:
    socket.create_connection(address, timeout=5)
except ConnectionRefusedError as error:
    print(type(error).__name__, error.errno, error.strerror)
    print('an OSError:', isinstance(error, OSError))
