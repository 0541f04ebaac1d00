#!/usr/bin/env python3
# encoding: utf-8
"""Print some environment variables of this process."""

#end_pymotw_header
import os
import sys

for name in sys.argv[1:]:
    print(f'  {name} = {os.environ.get(name, "(not set)")}')
