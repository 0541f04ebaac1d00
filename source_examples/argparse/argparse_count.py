#!/usr/bin/env python3
# encoding: utf-8
"""Count how often a flag is repeated."""

#end_pymotw_header
import argparse
import logging

parser = argparse.ArgumentParser()
parser.add_argument('-v', '--verbose', action='count', default=0,
                    help='more output (repeat for even more)')

args = parser.parse_args()
level = max(logging.WARNING - 10 * args.verbose, logging.DEBUG)
print(f'verbose={args.verbose} logging level={logging.getLevelName(level)}')
