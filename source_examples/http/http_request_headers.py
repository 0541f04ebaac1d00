#!/usr/bin/env python3
# encoding: utf-8
"""Send a Request with a method and headers of our choosing."""

#end_pymotw_header
from http.server import BaseHTTPRequestHandler
from urllib.request import Request, urlopen

from http_background import serving


class EchoHandler(BaseHTTPRequestHandler):
    """Answer with the request line and headers it received."""

    def do_GET(self):
        lines = [self.requestline, *map(str.strip, str(self.headers)
                                        .splitlines())]
        body = '\n'.join(line for line in lines if line).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_DELETE = do_GET

    def log_message(self, format, *args):
        pass


with serving(EchoHandler) as base:
    request = Request(base + '/items/7', method='DELETE', headers={
        'User-Agent': 'motw-example/1.0',
        'Accept': 'text/plain',
    })
    request.add_header('X-Request-Id', 'abc123')
    print('method:', request.get_method())
    with urlopen(request) as response:
        print(response.read().decode().replace(base[7:], 'HOST'))
