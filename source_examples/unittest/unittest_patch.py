#!/usr/bin/env python3
# encoding: utf-8
"""Replace a name for the length of a test with patch()."""

#end_pymotw_header
import os
import unittest
from unittest import mock


def describe_home():
    home = os.path.expanduser('~')
    return f'{home} holds {len(os.listdir(home))} entries'


class DescribeHomeTest(unittest.TestCase):
    @mock.patch('os.listdir', return_value=['a', 'b'])
    @mock.patch('os.path.expanduser', return_value='/home/ada')
    def test_as_decorator(self, expanduser, listdir):
        self.assertEqual(describe_home(), '/home/ada holds 2 entries')
        listdir.assert_called_once_with('/home/ada')

    def test_as_context_manager(self):
        with mock.patch('os.listdir', return_value=[]):
            self.assertTrue(describe_home().endswith('holds 0 entries'))
        self.assertIsNot(os.listdir, None)  # the real one is back


if __name__ == '__main__':
    unittest.main(verbosity=2)
