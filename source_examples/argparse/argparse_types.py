#!/usr/bin/env python3
# encoding: utf-8
"""Convert values with type= and restrict them with choices=."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(description='Resize an image.')
parser.add_argument('width', type=int, help='new width in pixels')
parser.add_argument('-z', '--zoom', type=float,
                    help='multiply the height by this factor')
parser.add_argument('-f', '--format', choices=['png', 'jpg', 'gif'],
                    help='format of the new image')

args = parser.parse_args()
print(args)
print('width * 2 =', args.width * 2)
