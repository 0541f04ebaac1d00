#!/usr/bin/env python3
# encoding: utf-8
"""Run doctests alongside ordinary tests with unittest."""

#end_pymotw_header
import doctest
import unittest

import doctest_simple


class AverageTest(unittest.TestCase):
    def test_empty(self):
        with self.assertRaises(ZeroDivisionError):
            doctest_simple.average([])


def load_tests(loader, tests, pattern):
    # tests holds the TestCase classes of this module already.
    tests.addTests(doctest.DocTestSuite(doctest_simple))
    tests.addTests(doctest.DocFileSuite('doctest_in_help.txt'))
    return tests


if __name__ == '__main__':
    unittest.main()
