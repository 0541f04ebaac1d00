#!/usr/bin/env python3
# encoding: utf-8
"""A spec keeps a mock honest about the object it replaces."""

#end_pymotw_header
from unittest import mock


class Mailer:
    def send(self, to, subject):
        raise NotImplementedError('talks to a server')


loose = mock.Mock()
loose.sned('ada@example.com', 'Hi')  # a typo nobody notices
print('loose mock accepted sned():', loose.sned.called)

strict = mock.create_autospec(Mailer, instance=True)
try:
    strict.sned('ada@example.com', 'Hi')
except AttributeError as err:
    print('AttributeError:', err)

try:
    strict.send('ada@example.com')  # a missing argument
except TypeError as err:
    print('TypeError:', err)
