#!/usr/bin/env python3
# encoding: utf-8
"""Read more arguments from a file named with @."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(fromfile_prefix_chars='@')
parser.add_argument('--host', default='localhost')
parser.add_argument('--port', type=int, default=8000)
parser.add_argument('--verbose', action='store_true')
parser.add_argument('folders', nargs='*')

args = parser.parse_args()
for name, value in vars(args).items():
    print(f'{name:8} {value!r}')
