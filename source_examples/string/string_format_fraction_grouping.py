#!/usr/bin/env python3
# encoding: utf-8
"""Grouping the digits after the decimal point (3.14)."""

#end_pymotw_header
from decimal import Decimal

pi = 3.14159265358979
print(f"{pi:.10_f}")
print(f"{1234.56789:,.4,f}")
print(f"{Decimal('0.000012345678'):._f}")
