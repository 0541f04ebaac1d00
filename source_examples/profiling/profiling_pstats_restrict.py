#!/usr/bin/env python3
# encoding: utf-8
"""Load a saved profile and print only part of it."""

#end_pymotw_header
import pstats
from pstats import SortKey

stats = pstats.Stats('workload.prof')
stats.strip_dirs().sort_stats(SortKey.CALLS, SortKey.STDNAME)
stats.print_stats('squares', 2)  # a regular expression, then a count
