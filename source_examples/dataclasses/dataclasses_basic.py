#!/usr/bin/env python3
# encoding: utf-8
"""The methods a data class writes for you."""

#end_pymotw_header
import dataclasses
import inspect


@dataclasses.dataclass
class Book:
    title: str
    author: str
    pages: int


book = Book('Dune', 'Frank Herbert', 412)
print(book)
print(book == Book('Dune', 'Frank Herbert', 412))
print(book.pages)
book.pages = 896          # instances are ordinary, mutable objects
print(book)
print(inspect.signature(Book))
print(Book.__hash__)      # eq without frozen: not hashable
