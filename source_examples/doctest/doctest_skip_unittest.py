#!/usr/bin/env python3
# encoding: utf-8
"""Run a module with skipped examples under unittest."""

#end_pymotw_header
import doctest
import unittest

import doctest_skip


def load_tests(loader, tests, pattern):
    tests.addTests(doctest.DocTestSuite(doctest_skip))
    return tests


if __name__ == '__main__':
    unittest.main()
