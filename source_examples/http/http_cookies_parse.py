#!/usr/bin/env python3
# encoding: utf-8
"""Parse the Cookie header a browser sends back."""

#end_pymotw_header
from http.cookies import CookieError, SimpleCookie

header = 'session=a1b2c3; theme="dark mode"; lang=en'
cookie = SimpleCookie(header)
for key, morsel in sorted(cookie.items()):
    print(f'{key:8} {morsel.value!r}')

broken = SimpleCookie('lang=en; bad key=1')
print('from a broken header:', dict(broken))

try:
    cookie['bad key'] = 'x'
except CookieError as error:
    print('CookieError:', error)
