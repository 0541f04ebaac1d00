#!/usr/bin/env python3
# encoding: utf-8
"""A request handler of our own: one method per HTTP verb."""

#end_pymotw_header
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit
from urllib.request import urlopen

from http_background import serving


class GreetingHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlsplit(self.path)
        name = parse_qs(url.query).get('name', ['world'])[0]
        body = f'Hello, {name}! You asked for {url.path}\n'.encode()
        self.send_response(HTTPStatus.OK)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        print('server:', self.command, self.path)


with serving(GreetingHandler) as base:
    for path in ['/', '/greet?name=Ada']:
        with urlopen(base + path) as response:
            print('client:', response.read().decode(), end='')
