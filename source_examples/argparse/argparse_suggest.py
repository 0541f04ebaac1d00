#!/usr/bin/env python3
# encoding: utf-8
"""What a mistyped choice gets by default."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(prog='deploy')
parser.add_argument('--env', choices=['staging', 'production'])
parser.parse_args()
