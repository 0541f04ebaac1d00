#!/usr/bin/env python3
# encoding: utf-8
"""Give every docstring fresh globals with a setUp function."""

#end_pymotw_header
import doctest
import unittest

import doctest_extraglobs


def set_up(test):
    # Called before each docstring, with the DocTest about to run.
    test.globs['stock'] = {'apples': 10, 'pears': 2}


def load_tests(loader, tests, pattern):
    tests.addTests(doctest.DocTestSuite(doctest_extraglobs, setUp=set_up))
    return tests


if __name__ == '__main__':
    unittest.main()
