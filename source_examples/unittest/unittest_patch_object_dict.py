#!/usr/bin/env python3
# encoding: utf-8
"""patch.object() and patch.dict()."""

#end_pymotw_header
import os
from unittest import mock


class Clock:
    def now(self):
        raise RuntimeError('the real clock is not allowed in tests')


clock = Clock()
with mock.patch.object(Clock, 'now', return_value='12:00'):
    print('patched method:', clock.now())

with mock.patch.dict(os.environ, {'APP_MODE': 'test'}):
    print('inside:', os.environ['APP_MODE'])
print('after:', os.environ.get('APP_MODE'))
