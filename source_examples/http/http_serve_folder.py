#!/usr/bin/env python3
# encoding: utf-8
"""Serve the files of a folder with SimpleHTTPRequestHandler."""

#end_pymotw_header
from http.server import SimpleHTTPRequestHandler
from urllib.request import urlopen

from http_background import serving

with serving(SimpleHTTPRequestHandler, directory='site') as base:
    for path in ['/notes.txt', '/']:
        with urlopen(base + path) as response:
            print(path, response.status, response.headers['Content-Type'])
            print(response.read().decode())
