#!/usr/bin/env python3
# encoding: utf-8
"""The work of concurrent_futures_process_error.py, in a module of its own."""

#end_pymotw_header


def parse_port(text):
    return int(text)
