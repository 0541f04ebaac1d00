#!/usr/bin/env python3
# encoding: utf-8
"""Tell whether Python's development mode is on."""

#end_pymotw_header
import sys

print('development mode:', sys.flags.dev_mode)
