#!/usr/bin/env python3
# encoding: utf-8
"""Tests of the cart totals."""

#end_pymotw_header
import unittest

import shop


class TotalTest(unittest.TestCase):
    def test_total(self):
        self.assertEqual(shop.total([1.5, 2.5]), 4.0)

    def test_total_with_discount(self):
        self.assertEqual(shop.total([10, 10], discount=0.1), 18.0)

    def test_report(self):
        self.assertEqual(shop.slow_report([1, 2]), '2 items, 3')
