#!/usr/bin/env python3
# encoding: utf-8
"""Build Set-Cookie headers with SimpleCookie and Morsel attributes."""

#end_pymotw_header
from http.cookies import SimpleCookie

cookie = SimpleCookie()
cookie['session'] = 'a1b2c3'
cookie['session']['path'] = '/'
cookie['session']['httponly'] = True
cookie['session']['secure'] = True
cookie['session']['samesite'] = 'Lax'
cookie['theme'] = 'dark mode'  # a space: the value gets quoted
cookie['theme']['max-age'] = 30 * 24 * 3600

print(cookie.output())
print()
morsel = cookie['theme']
print('key:', morsel.key, '| value:', morsel.value,
      '| coded:', morsel.coded_value)
print(morsel.OutputString())
