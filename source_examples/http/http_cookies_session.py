#!/usr/bin/env python3
# encoding: utf-8
"""A server sets a cookie; a CookieJar sends it back on later requests."""

#end_pymotw_header
from http.cookiejar import CookieJar
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler
from urllib.request import HTTPCookieProcessor, build_opener

from http_background import serving


class VisitHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        cookie = SimpleCookie(self.headers.get('Cookie', ''))
        visits = int(cookie['visits'].value) + 1 if 'visits' in cookie else 1
        cookie['visits'] = visits
        cookie['visits']['path'] = '/'
        body = f'visit number {visits}\n'.encode()
        self.send_response(200)
        self.send_header('Set-Cookie', cookie['visits'].OutputString())
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        print('server got Cookie:', self.headers.get('Cookie'))


jar = CookieJar()
opener = build_opener(HTTPCookieProcessor(jar))
with serving(VisitHandler) as base:
    for _ in range(3):
        with opener.open(base + '/') as response:
            print('client:', response.read().decode(), end='')
print('in the jar:', [(c.name, c.value) for c in jar])
