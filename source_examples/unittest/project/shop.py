#!/usr/bin/env python3
# encoding: utf-8
"""A tiny shopping cart, the code under test."""

#end_pymotw_header
import time


def total(prices, discount=0):
    return round(sum(prices) * (1 - discount), 2)


def vat(amount, rate=0.2):
    return round(amount * rate, 2)


def slow_report(prices):
    time.sleep(0.2)  # pretend to render a PDF
    return f'{len(prices)} items, {total(prices)}'
