#!/usr/bin/env python3
# encoding: utf-8
"""A small JSON API: POST creates a note, GET lists them."""

#end_pymotw_header
import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from urllib.request import Request, urlopen

from http_background import serving

notes = []


class NotesHandler(BaseHTTPRequestHandler):
    def send_json(self, status, data, **headers):
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.send_json(HTTPStatus.OK, notes)

    def do_POST(self):
        length = int(self.headers['Content-Length'])
        note = json.loads(self.rfile.read(length))
        note['id'] = len(notes) + 1
        notes.append(note)
        self.send_json(HTTPStatus.CREATED, note,
                       Location=f'/notes/{note["id"]}')

    def log_message(self, format, *args):
        pass


def call(url, data=None):
    """GET url, or POST data as JSON when given; return the decoded reply."""
    body = None if data is None else json.dumps(data).encode()
    request = Request(url, data=body)  # a body makes it a POST
    if body is not None:
        request.add_header('Content-Type', 'application/json')
    with urlopen(request) as response:
        print(request.get_method(), response.status, response.reason,
              response.headers['Location'] or '')
        return json.load(response)


with serving(NotesHandler) as base:
    print(call(base + '/notes', {'text': 'buy milk'}))
    print(call(base + '/notes', {'text': 'call Ada'}))
    print(call(base + '/notes'))
