#!/usr/bin/env python3
# encoding: utf-8
"""A folder without index.html is served as a generated list of links."""

#end_pymotw_header
from http.server import SimpleHTTPRequestHandler
from urllib.request import urlopen

from http_background import serving

with serving(SimpleHTTPRequestHandler, directory='site') as base:
    with urlopen(base + '/pictures/') as response:
        print(response.read().decode())
