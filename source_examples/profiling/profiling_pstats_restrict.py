#!/usr/bin/env python3
# encoding: utf-8
"""Print only part of a profile: by a regular expression, by a count."""

#end_pymotw_header
import cProfile
import pstats
from pstats import SortKey

from profiling_workload import main

with cProfile.Profile() as profiler:
    main()

stats = pstats.Stats(profiler)
stats.strip_dirs().sort_stats(SortKey.CALLS, SortKey.STDNAME)
stats.print_stats('squares', 1)  # a regular expression, then a count
