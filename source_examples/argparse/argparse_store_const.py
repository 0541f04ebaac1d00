#!/usr/bin/env python3
# encoding: utf-8
"""Flags that store a fixed value: store_true, store_false, store_const."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(description='Compress files.')
parser.add_argument('--dry-run', action='store_true',
                    help='only say what would be done')
parser.add_argument('--no-cache', dest='cache', action='store_false',
                    help='do not reuse earlier results')
parser.add_argument('--fast', dest='level', action='store_const',
                    const=1, default=6, help='compress quickly')
parser.add_argument('--best', dest='level', action='store_const',
                    const=9, help='compress as much as possible')

args = parser.parse_args()
print(args)
