#!/usr/bin/env python3
# encoding: utf-8
"""ThreadingMock waits for calls made in other threads."""

#end_pymotw_header
import threading
import unittest
from unittest import mock


def notify_later(callback):
    worker = threading.Thread(target=callback, args=('done',))
    worker.start()
    return worker


class NotifyTest(unittest.TestCase):
    def test_callback_is_called(self):
        callback = mock.ThreadingMock()
        worker = notify_later(callback)
        callback.wait_until_called(timeout=5)
        callback.assert_called_once_with('done')
        worker.join()

    def test_wait_for_arguments(self):
        callback = mock.ThreadingMock()
        worker = notify_later(callback)
        callback.wait_until_any_call_with('done')
        worker.join()


if __name__ == '__main__':
    unittest.main(verbosity=2)
