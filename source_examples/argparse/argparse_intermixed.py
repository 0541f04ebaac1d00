#!/usr/bin/env python3
# encoding: utf-8
"""Options between positional values: parse_intermixed_args()."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('--sort', action='store_true')
parser.add_argument('files', nargs='*')

args, extras = parser.parse_known_args()
print('parse_known_args():')
print('  files: ', args.files)
print('  extras:', extras)

args = parser.parse_intermixed_args()
print('parse_intermixed_args():')
print('  files: ', args.files)
