#!/usr/bin/env python3
# encoding: utf-8
"""Options that cannot be used together."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(description='Export a report.')

noise = parser.add_mutually_exclusive_group()
noise.add_argument('-q', '--quiet', action='store_true',
                   help='print errors only')
noise.add_argument('-v', '--verbose', action='store_true',
                   help='print every step')

form = parser.add_mutually_exclusive_group(required=True)
form.add_argument('--csv', action='store_true', help='write CSV')
form.add_argument('--json', action='store_true', help='write JSON')

args = parser.parse_args()
print(args)
