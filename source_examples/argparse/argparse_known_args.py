#!/usr/bin/env python3
# encoding: utf-8
"""Parse the options you know and pass the rest on."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(description='Run tests with a timer.')
parser.add_argument('--repeat', type=int, default=1,
                    help='how many times to run the tests')

args, rest = parser.parse_known_args()
print('repeat:', args.repeat)
print('for the test runner:', rest)
