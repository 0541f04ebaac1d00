#!/usr/bin/env python3
# encoding: utf-8
"""Values used when an argument is not given."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('--host', default='localhost')
parser.add_argument('--port', type=int, default='8000')
parser.add_argument('--timeout', type=float)
parser.set_defaults(mode='serve')

args = parser.parse_args()
for name, value in vars(args).items():
    print(f'{name:8} {value!r}')
