#!/usr/bin/env python3
# encoding: utf-8
"""The Partitioned attribute, for cookies kept per top-level site."""

#end_pymotw_header
from http.cookies import SimpleCookie

cookie = SimpleCookie()
cookie['widget'] = 'w42'
cookie['widget']['secure'] = True  # Partitioned requires Secure
cookie['widget']['samesite'] = 'None'
cookie['widget']['partitioned'] = True
print(cookie.output())
