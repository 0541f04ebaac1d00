#!/usr/bin/env python3
# encoding: utf-8
"""Warn users about options that will go away (Python 3.13)."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('-o', '--output', help='file to write')
parser.add_argument('--out', dest='output', deprecated=True,
                    help='old name of --output')
parser.add_argument('--legacy', action='store_true', deprecated=True,
                    help=argparse.SUPPRESS)

args = parser.parse_args()
print(args)
