#!/usr/bin/env python3
# encoding: utf-8
"""Profile a function call with cProfile and print the table."""

#end_pymotw_header
import cProfile
import pstats
from pstats import SortKey

from profiling_workload import main

with cProfile.Profile() as profiler:
    main()

stats = pstats.Stats(profiler)
stats.strip_dirs()
stats.sort_stats(SortKey.CALLS, SortKey.STDNAME)  # stable, times aside
stats.print_stats()
