#!/usr/bin/env python3
# encoding: utf-8
"""profiling.tracing is the new home of cProfile's profiler."""

#end_pymotw_header
import cProfile
import pstats

import profiling.tracing

print('the same class:', cProfile.Profile is profiling.tracing.Profile)

profiler = profiling.tracing.Profile()
profiler.enable()
sorted(range(1000, 0, -1))
profiler.disable()
pstats.Stats(profiler).sort_stats('stdname').print_stats()
