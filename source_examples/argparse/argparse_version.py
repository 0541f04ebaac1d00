#!/usr/bin/env python3
# encoding: utf-8
"""The version action prints a version string and exits."""

#end_pymotw_header
import argparse

__version__ = '2.4.1'

parser = argparse.ArgumentParser(prog='backup')
parser.add_argument(
    '-V', '--version', action='version', version=f'%(prog)s {__version__}'
)
parser.add_argument('folder')
args = parser.parse_args()
print('backing up', args.folder)
