#!/usr/bin/env python3
# encoding: utf-8
"""Report a problem that involves several arguments."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(description='Print a range of lines.')
parser.add_argument('first', type=int, help='first line to print')
parser.add_argument('last', type=int, help='last line to print')

args = parser.parse_args()
if args.last < args.first:
    parser.error(f'the last line ({args.last}) comes before '
                 f'the first ({args.first})')
print(f'printing lines {args.first} to {args.last}')
