#!/usr/bin/env python3
# encoding: utf-8
"""A Mock records how it was used."""

#end_pymotw_header
from unittest import mock

notifier = mock.Mock()
notifier.send.return_value = True

print('send() returned:', notifier.send('ada@example.com', subject='Hi'))
print('an attribute made on the fly:', type(notifier.anything).__name__)
print('called:', notifier.send.called, notifier.send.call_count, 'time(s)')
print('last call:', notifier.send.call_args)
print('mock_calls:', notifier.mock_calls)

notifier.send.assert_called_once_with('ada@example.com', subject='Hi')
try:
    notifier.send.assert_called_with('bob@example.com', subject='Hi')
except AssertionError as err:
    print('AssertionError:')
    print(err)
