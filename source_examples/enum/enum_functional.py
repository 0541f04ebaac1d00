#!/usr/bin/env python3
# encoding: utf-8
"""Enumerations made by calling Enum (the functional API)."""

#end_pymotw_header
import enum

Animal = enum.Enum('Animal', 'ANT BEE CAT')
print(list(Animal))

Http = enum.IntEnum('Http', [('OK', 200), ('NOT_FOUND', 404)])
print(Http.NOT_FOUND, Http(200).name)

Suit = enum.Enum('Suit', {'HEARTS': '♥', 'SPADES': '♠'})
print([f'{s.name} {s.value}' for s in Suit])

columns = ['id', 'name', 'email']
Column = enum.Enum('Column', columns, start=0)
print(Column.email.value, Column.email)
