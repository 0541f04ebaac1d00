#!/usr/bin/env python3
# encoding: utf-8
"""A failing docstring, run as a unittest test."""

#end_pymotw_header
import doctest

import doctest_failure


def load_tests(loader, tests, pattern):
    tests.addTests(doctest.DocTestSuite(doctest_failure))
    return tests
