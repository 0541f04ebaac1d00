#!/usr/bin/env python3
# encoding: utf-8
"""Assert methods added in Python 3.14."""

#end_pymotw_header
import unittest


class Config:
    debug = False


class NewAssertsTest(unittest.TestCase):
    def test_prefix(self):
        self.assertStartsWith('https://example.com', 'https://')

    def test_suffix(self):
        self.assertEndsWith('report.csv', '.txt')

    def test_attribute(self):
        self.assertHasAttr(Config, 'verbose')

    def test_subclass(self):
        self.assertIsSubclass(bool, int)


if __name__ == '__main__':
    unittest.main()
