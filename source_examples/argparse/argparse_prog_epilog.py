#!/usr/bin/env python3
# encoding: utf-8
"""The program name, description and epilog of the help."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(
    prog='backup',
    description='Copy a folder to a safe place, keeping older copies.',
    epilog='Old copies beyond --keep are removed, oldest first.',
)
parser.add_argument('folder', help='what to back up')
parser.add_argument('-k', '--keep', type=int, default=5, metavar='N',
                    help='how many copies to keep')

args = parser.parse_args()
print(f'{parser.prog}: backing up {args.folder}, keeping {args.keep}')
