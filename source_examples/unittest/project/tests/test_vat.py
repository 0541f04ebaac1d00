#!/usr/bin/env python3
# encoding: utf-8
"""Tests of the VAT computation."""

#end_pymotw_header
import unittest

import shop


class VatTest(unittest.TestCase):
    def test_standard_rate(self):
        self.assertEqual(shop.vat(100), 20.0)

    def test_reduced_rate(self):
        self.assertEqual(shop.vat(100, rate=0.05), 5.0)
