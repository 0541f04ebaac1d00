#!/usr/bin/env python3
# encoding: utf-8
"""How many values an argument takes: nargs."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(description='Copy files.')
parser.add_argument('source', nargs='+', help='files to copy')
parser.add_argument('dest', help='folder to copy them to')
parser.add_argument('--log', nargs='?', const='copy.log',
                    help='write a log (to copy.log if no file is named)')
parser.add_argument('--exclude', nargs='*', default=[],
                    help='names to skip')
parser.add_argument('--rename', nargs=2, metavar=('OLD', 'NEW'),
                    help='replace OLD with NEW in the names')

args = parser.parse_args()
for name, value in vars(args).items():
    print(f'{name:8} {value!r}')
