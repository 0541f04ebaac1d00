#!/usr/bin/env python3
# encoding: utf-8
"""Fetch a URL with urlopen and look at the response."""

#end_pymotw_header
from http.server import SimpleHTTPRequestHandler
from urllib.request import urlopen

from http_background import serving


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


with serving(QuietHandler, directory='site') as base:
    with urlopen(base + '/notes.txt') as response:
        print('status: ', response.status, response.reason)
        print('version:', response.version)  # 10 is HTTP/1.0, 11 HTTP/1.1
        print('headers:')
        for name, value in response.headers.items():
            print(f'  {name}: {value}')
        body = response.read()
        print('body:   ', body)
        charset = response.headers.get_content_charset('utf-8')
        print('text:   ', body.decode(charset), end='')
