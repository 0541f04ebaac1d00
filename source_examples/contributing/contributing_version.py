#!/usr/bin/env python3
# encoding: utf-8
"""Print the version of the Python that runs the example."""

#end_pymotw_header
import sys

print('running on Python {}.{}'.format(*sys.version_info))
