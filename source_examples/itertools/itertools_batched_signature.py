#!/usr/bin/env python3
# encoding: utf-8
"""The signature of batched() on the running version of Python."""

#end_pymotw_header
import inspect
import sys
from itertools import batched

version = '.'.join(map(str, sys.version_info[:2]))
print(f'Python {version}: batched{inspect.signature(batched)}')
