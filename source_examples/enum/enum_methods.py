#!/usr/bin/env python3
# encoding: utf-8
"""Members with attributes, methods and properties."""

#end_pymotw_header
import enum


class Coin(enum.Enum):
    PENNY = 1, 'copper'
    NICKEL = 5, 'nickel'
    DIME = 10, 'silver'

    def __init__(self, cents, metal):
        self.cents = cents          # the tuple is unpacked here
        self.metal = metal

    @property
    def dollars(self):
        return self.cents / 100

    def count_in(self, amount):
        return amount // self.cents

    @classmethod
    def largest(cls):
        return max(cls, key=lambda coin: coin.cents)


print(Coin.DIME.value, Coin.DIME.cents, Coin.DIME.metal)
print(Coin.NICKEL.dollars, Coin.DIME.count_in(95))
print(Coin.largest())
