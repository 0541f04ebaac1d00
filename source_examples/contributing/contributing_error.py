#!/usr/bin/env python3
# encoding: utf-8
"""An example whose point is the error it raises."""

#end_pymotw_header
settings = {'host': 'localhost'}

print('host:', settings['host'])
print('port:', settings['port'])
