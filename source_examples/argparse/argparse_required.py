#!/usr/bin/env python3
# encoding: utf-8
"""An option that must be given."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(description='Connect to a database.')
parser.add_argument('--user', required=True, help='name to log in as')
parser.add_argument('--server', default='localhost',
                    help='where the database runs')

args = parser.parse_args()
print(f'connecting to {args.server} as {args.user}')
