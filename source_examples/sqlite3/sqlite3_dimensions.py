#!/usr/bin/env python3
# encoding: utf-8
"""A custom type for the examples: the size of a book."""

#end_pymotw_header
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Dimensions:
    width: int  # millimetres
    height: int

    def __conform__(self, protocol):
        # sqlite3 asks the object to turn itself into a value it can store.
        if protocol is sqlite3.PrepareProtocol:
            return f'{self.width}x{self.height}'
        return None

    @classmethod
    def from_db(cls, data):
        # A converter receives the stored value as bytes.
        width, height = data.decode('ascii').split('x')
        return cls(int(width), int(height))
