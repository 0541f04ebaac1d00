#!/usr/bin/env python3
# encoding: utf-8
"""The default start method changed on Linux in Python 3.14."""

#end_pymotw_header
import multiprocessing

if __name__ == '__main__':
    print('default start method:', multiprocessing.get_start_method())
    print('available here:', multiprocessing.get_all_start_methods())
