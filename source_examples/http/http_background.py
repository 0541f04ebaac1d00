#!/usr/bin/env python3
# encoding: utf-8
"""Run an HTTP server in a thread for the length of a with block."""

#end_pymotw_header
import contextlib
import functools
import threading
from http.server import ThreadingHTTPServer


@contextlib.contextmanager
def serving(handler_class, **handler_options):
    """Serve on 127.0.0.1 in a thread; give the base URL; stop after."""
    if handler_options:
        handler_class = functools.partial(handler_class, **handler_options)
    server = ThreadingHTTPServer(('127.0.0.1', 0), handler_class)
    host, port = server.server_address[:2]
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        yield f'http://{host}:{port}'
    finally:
        server.shutdown()  # stops serve_forever and waits for it
        server.server_close()
        thread.join()
