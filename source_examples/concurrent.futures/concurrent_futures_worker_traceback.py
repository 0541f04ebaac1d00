#!/usr/bin/env python3
# encoding: utf-8
"""The traceback of a worker's exception, raised again by result()."""

#end_pymotw_header
from concurrent.futures import ThreadPoolExecutor


def parse_port(text):
    return int(text)


with ThreadPoolExecutor(max_workers=1) as executor:
    future = executor.submit(parse_port, 'eighty')
    print('port:', future.result())
