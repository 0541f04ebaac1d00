#!/usr/bin/env python3
# encoding: utf-8
"""Raise http.client's limit on the number of response headers."""

#end_pymotw_header
import http.client
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from http_background import serving


class ChattyHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        for n in range(150):
            self.send_header(f'X-Hop-{n}', 'yes')
        self.send_header('Content-Length', '0')
        self.end_headers()

    def log_message(self, format, *args):
        pass


with serving(ChattyHandler) as base:
    url = urlsplit(base)
    for limit in [None, 200]:  # None: the default limit, 100
        connection = http.client.HTTPConnection(
            url.hostname, url.port, max_response_headers=limit)
        connection.request('GET', '/')
        try:
            response = connection.getresponse()
        except http.client.HTTPException as error:
            print(f'limit {limit}: {type(error).__name__}: {error}')
        else:
            print(f'limit {limit}: {response.status},',
                  len(response.headers), 'headers')
        connection.close()
