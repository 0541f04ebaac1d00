#!/usr/bin/env python3
# encoding: utf-8
"""TODO: say in one line what this example shows."""

#end_pymotw_header
import contextvars

print('contextvars is imported from', contextvars.__name__)
