#!/usr/bin/env python3
# encoding: utf-8
"""Show every default value in the help."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(
    formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    description='Download a file, retrying on failure.',
)
parser.add_argument('url', help='what to download')
parser.add_argument('-r', '--retries', type=int, default=3,
                    help='attempts before giving up')
parser.add_argument('-w', '--wait', type=float, default=0.5,
                    help='seconds between attempts')
parser.add_argument('-o', '--output', help='file to write')

args = parser.parse_args()
print(args)
