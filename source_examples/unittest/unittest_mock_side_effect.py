#!/usr/bin/env python3
# encoding: utf-8
"""side_effect: raise, return in turn, or compute."""

#end_pymotw_header
from unittest import mock

fetch = mock.Mock(side_effect=ConnectionError('host unreachable'))
try:
    fetch('https://example.com')
except ConnectionError as err:
    print('raised:', err)

fetch.side_effect = [ConnectionError('retry me'), 'page contents']
for attempt in (1, 2):
    try:
        print(f'attempt {attempt}:', fetch('https://example.com'))
    except ConnectionError as err:
        print(f'attempt {attempt}: failed with', err)

fetch.side_effect = lambda url: f'<html>{url}</html>'
print('computed:', fetch('/index'))
