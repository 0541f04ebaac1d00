#!/usr/bin/env python3
# encoding: utf-8
"""Collect repeated options into lists: append, append_const, extend."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('-t', '--tag', action='append',
                    help='label the item (may be repeated)')
parser.add_argument('-i', '--include', action='extend', nargs='+',
                    default=[], help='folders to search')
parser.add_argument('--py', dest='kinds', action='append_const',
                    const='.py', help='look at Python files')
parser.add_argument('--rst', dest='kinds', action='append_const',
                    const='.rst', help='look at reStructuredText files')

args = parser.parse_args()
for name, value in vars(args).items():
    print(f'{name:8} {value!r}')
