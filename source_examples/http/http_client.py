#!/usr/bin/env python3
# encoding: utf-8
"""http.client: two requests on one persistent HTTP/1.1 connection."""

#end_pymotw_header
import http.client
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from http_background import serving


class KeepAliveHandler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'  # keep the connection open
    client_ports = set()  # one port per client connection

    def do_GET(self):
        self.client_ports.add(self.client_address[1])
        body = f'you asked for {self.path}\n'.encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


with serving(KeepAliveHandler) as base:
    url = urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port,
                                            timeout=5)
    for path in ['/a', '/b']:
        connection.request('GET', path, headers={'Accept': 'text/plain'})
        response = connection.getresponse()
        print(path, response.status, response.reason,
              response.getheader('Content-Length'),
              response.read().decode(), end='')
    connection.close()
    print('connections the server saw:', len(KeepAliveHandler.client_ports))
