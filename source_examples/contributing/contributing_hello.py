#!/usr/bin/env python3
# encoding: utf-8
"""The smallest example: a script and what it prints."""

#end_pymotw_header
print('Hello from an example script!')
