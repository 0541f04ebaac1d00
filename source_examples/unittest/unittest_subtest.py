#!/usr/bin/env python3
# encoding: utf-8
"""One test, many cases, each reported on its own."""

#end_pymotw_header
import unittest


def is_even(n):
    return n % 2 == 0


class EvenTest(unittest.TestCase):
    def test_even_numbers(self):
        for n in (0, 2, 3, 4, 7):
            with self.subTest(n=n):
                self.assertTrue(is_even(n))


if __name__ == '__main__':
    unittest.main()
