#!/usr/bin/env python3
# encoding: utf-8
"""A --flag and its --no-flag opposite from one argument."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('--color', action=argparse.BooleanOptionalAction,
                    default=True, help='highlight the output')
parser.add_argument('--pager', action=argparse.BooleanOptionalAction,
                    help='page long output')

args = parser.parse_args()
print(args)
