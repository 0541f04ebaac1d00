#!/usr/bin/env python3
# encoding: utf-8
"""No server at all: urlopen raises URLError, HTTPError's parent."""

#end_pymotw_header
import socket
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

# Find a port where nothing listens: bind one, then free it.
with socket.socket() as probe:
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]

try:
    urlopen(f'http://127.0.0.1:{port}/', timeout=5)
except URLError as error:
    print(type(error).__name__, error)
    print('reason:', repr(error.reason))
    print('an HTTPError is a URLError:', issubclass(HTTPError, URLError))
