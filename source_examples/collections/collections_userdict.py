#!/usr/bin/env python3
# encoding: utf-8
"""UserDict versus subclassing dict."""

#end_pymotw_header
import collections


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class LowerUserDict(collections.UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


for cls in (LowerDict, LowerUserDict):
    d = cls({'Content-Type': 'text/plain'})
    d.update({'Accept': '*/*'})
    d['X-Trace'] = 'on'
    d.setdefault('Host', 'example.org')
    print(f'{cls.__name__:14}', sorted(d))
