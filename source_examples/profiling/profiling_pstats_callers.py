#!/usr/bin/env python3
# encoding: utf-8
"""Who called a function, and what a function called."""

#end_pymotw_header
import pstats

stats = pstats.Stats('workload.prof')
stats.strip_dirs().sort_stats('stdname')
stats.print_callers('squares_loop')
stats.print_callees(r'\(main\)')
