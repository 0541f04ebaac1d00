#!/usr/bin/env python3
# encoding: utf-8
"""Run the examples of a text file from a script."""

#end_pymotw_header
import doctest

# The name is relative to the folder of this script, not to the
# current directory.
results = doctest.testfile('doctest_in_help.txt')
print(results)
print(f'{results.attempted} examples, {results.failed} failed')
