#!/usr/bin/env python3
# encoding: utf-8
"""A status of 400 or more makes urlopen raise HTTPError."""

#end_pymotw_header
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from urllib.error import HTTPError
from urllib.request import urlopen

from http_background import serving


class StrictHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == '/secret':
            self.send_error(HTTPStatus.FORBIDDEN, 'Members only')
        else:
            self.send_error(HTTPStatus.NOT_FOUND)

    def log_message(self, format, *args):
        pass


with serving(StrictHandler) as base:
    for path in ['/missing', '/secret']:
        try:
            urlopen(base + path)
        except HTTPError as error:
            with error:  # an HTTPError is also the response: close it
                print(error)
                print('  code:  ', error.code, HTTPStatus(error.code).name)
                print('  reason:', error.reason)
                print('  type:  ', error.headers['Content-Type'])
                page = error.read().decode()
                print('  page:  ', page.count('\n'), 'lines of HTML')
