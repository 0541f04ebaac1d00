#!/usr/bin/env python3
# encoding: utf-8
"""MagicMock supports the special methods too."""

#end_pymotw_header
from unittest import mock

box = mock.MagicMock()
box.__len__.return_value = 3
box.__getitem__.side_effect = lambda key: key.upper()

print('len:', len(box))
print('item:', box['key'])
with box as inside:
    print('works in a with statement:', inside is box.__enter__.return_value)
print('iterates as empty:', list(box))
