#!/usr/bin/env python3
# encoding: utf-8
"""Set up and tear down around each test, class and module."""

#end_pymotw_header
import unittest


def setUpModule():
    print('setUpModule')


def tearDownModule():
    print('tearDownModule')


class FixturesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('  setUpClass')
        cls.shared = []

    @classmethod
    def tearDownClass(cls):
        print('  tearDownClass, shared =', cls.shared)

    def setUp(self):
        print('    setUp')
        self.data = [3, 1, 2]

    def tearDown(self):
        print('    tearDown')

    def test_sort(self):
        print('      test_sort')
        self.data.sort()
        self.shared.append('sort')
        self.assertEqual(self.data, [1, 2, 3])

    def test_data_is_fresh(self):
        print('      test_data_is_fresh')
        self.shared.append('fresh')
        self.assertEqual(self.data, [3, 1, 2])


if __name__ == '__main__':
    unittest.main()
