#!/usr/bin/env python3
# encoding: utf-8
"""The assert methods explain what went wrong."""

#end_pymotw_header
import unittest


class AssertsTest(unittest.TestCase):
    def test_lists(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 4, 4])

    def test_dicts(self):
        self.assertDictEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_membership(self):
        self.assertIn('z', 'abc')

    def test_approximately(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)  # passes: 7 places

    def test_type(self):
        self.assertIsInstance('42', int)


if __name__ == '__main__':
    unittest.main()
