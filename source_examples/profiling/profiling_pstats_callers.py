#!/usr/bin/env python3
# encoding: utf-8
"""Who called a function, and what a function called."""

#end_pymotw_header
import cProfile
import pstats

from profiling_workload import main

with cProfile.Profile() as profiler:
    main()

stats = pstats.Stats(profiler)
stats.strip_dirs().sort_stats('stdname')
stats.print_callers('squares_loop')
stats.print_callees(r'\(main\)')
