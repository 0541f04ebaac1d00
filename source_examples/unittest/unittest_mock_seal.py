#!/usr/bin/env python3
# encoding: utf-8
"""seal() stops a mock from growing new attributes."""

#end_pymotw_header
from unittest import mock

config = mock.Mock()
config.database.url = 'sqlite://'
config.database.timeout = 5
mock.seal(config)

print('configured:', config.database.url, config.database.timeout)
try:
    print(config.database.user)
except AttributeError as err:
    print('AttributeError:', err)
