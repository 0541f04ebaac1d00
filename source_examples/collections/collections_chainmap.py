#!/usr/bin/env python3
# encoding: utf-8
"""Layered settings with ChainMap."""

#end_pymotw_header
import collections

defaults = {'colour': 'auto', 'width': 80, 'pager': 'less'}
config_file = {'width': 100}
command_line = {'colour': 'never'}

settings = collections.ChainMap(command_line, config_file, defaults)
print(settings['colour'], settings['width'], settings['pager'])
print(sorted(settings))
print(settings.maps[-1] is defaults)

# Writes go to the first mapping only.
settings['pager'] = 'more'
print('command line:', command_line)
print('defaults:    ', defaults)

# new_child() adds a layer in front, for a scope that can be dropped.
local = settings.new_child({'width': 40})
print('inside: ', local['width'])
print('outside:', local.parents['width'])
