#!/usr/bin/env python3
# encoding: utf-8
"""Handle errors yourself with exit_on_error=False."""

#end_pymotw_header
import argparse
import math
import shlex

OPERATIONS = {'add': sum, 'mul': math.prod}

parser = argparse.ArgumentParser(prog='calc', exit_on_error=False)
parser.add_argument('op', choices=OPERATIONS)
parser.add_argument('numbers', type=int, nargs='+')

for line in ['add 1 2 3', 'mul 2 three', 'pow 2 3', 'mul 4 5']:
    print('calc>', line)
    try:
        args = parser.parse_args(shlex.split(line))
    except argparse.ArgumentError as error:
        print(error)
    else:
        print(OPERATIONS[args.op](args.numbers))
