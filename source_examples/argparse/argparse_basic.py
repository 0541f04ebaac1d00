#!/usr/bin/env python3
# encoding: utf-8
"""A positional argument and an optional flag."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(
    description='Count the lines, words and characters of a file.',
)
parser.add_argument('filename', help='the file to read')
parser.add_argument('-v', '--verbose', action='store_true',
                    help='say what is being done')

args = parser.parse_args()
print(args)
print('filename:', args.filename)
print('verbose: ', args.verbose)
