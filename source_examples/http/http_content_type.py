#!/usr/bin/env python3
# encoding: utf-8
"""Choose the Content-Type of files whose extension is unknown."""

#end_pymotw_header
from http.server import SimpleHTTPRequestHandler
from urllib.request import urlopen

from http_background import serving


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class TextByDefault(QuietHandler):
    default_content_type = 'text/plain; charset=utf-8'


for handler in [QuietHandler, TextByDefault]:
    with serving(handler, directory='site') as base:
        with urlopen(base + '/pictures/logo.dat') as response:
            print(f'{handler.__name__:13}', response.headers['Content-Type'])
