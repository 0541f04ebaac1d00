#!/usr/bin/env python3
# encoding: utf-8
"""Print the command-line arguments the script was given."""

#end_pymotw_header
import sys

print('arguments:', sys.argv[1:])
