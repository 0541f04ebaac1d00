#!/usr/bin/env python3
# encoding: utf-8
"""Add headers to every response of SimpleHTTPRequestHandler."""

#end_pymotw_header
from http.server import SimpleHTTPRequestHandler
from urllib.request import urlopen

from http_background import serving

headers = [
    ('Cache-Control', 'no-store'),
    ('X-Content-Type-Options', 'nosniff'),
]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


with serving(QuietHandler, directory='site',
             extra_response_headers=headers) as base:
    with urlopen(base + '/notes.txt') as response:
        for name in ['Content-Type', 'Cache-Control',
                     'X-Content-Type-Options']:
            print(f'{name}: {response.headers[name]}')
