#!/usr/bin/env python3
# encoding: utf-8
"""Logging classes for the shop, named in configuration dictionaries."""

#end_pymotw_header
import atexit
import logging
import logging.handlers


class PathFilter(logging.Filter):
    """Drop the records whose last argument is the given URL path."""

    def __init__(self, path):
        super().__init__()
        self.path = path

    def filter(self, record):
        return record.args[-1:] != (self.path,)


class StartedListener(logging.handlers.QueueListener):
    """A queue listener that starts at once and stops at exit."""

    def __init__(self, queue, *handlers, respect_handler_level=False):
        super().__init__(queue, *handlers,
                         respect_handler_level=respect_handler_level)
        self.start()
        atexit.register(self.stop)
