#!/usr/bin/env python3
# encoding: utf-8
"""Keep the line breaks of the description and epilog."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(
    formatter_class=argparse.RawDescriptionHelpFormatter,
    description='Search files for lines that match a pattern.',
    epilog='''\
examples:
  lines with TODO in Python files:
    %(prog)s TODO *.py
  "error", "Error", "ERROR" and so on in a log:
    %(prog)s -i error app.log
''',
)
parser.add_argument('pattern', help='text to look for')
parser.add_argument('files', nargs='+', help='files to search')
parser.add_argument('-i', '--ignore-case', action='store_true',
                    help='treat upper and lower case as equal')

args = parser.parse_args()
print(args)
