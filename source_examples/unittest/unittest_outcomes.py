#!/usr/bin/env python3
# encoding: utf-8
"""A test passes, fails, or ends with an error."""

#end_pymotw_header
import unittest


class OutcomesTest(unittest.TestCase):
    def test_pass(self):
        self.assertTrue(1 + 1 == 2)

    def test_fail(self):
        self.assertEqual(sum([1, 2, 3]), 7, 'the total is off')

    def test_error(self):
        print({}['missing'])


if __name__ == '__main__':
    unittest.main()
