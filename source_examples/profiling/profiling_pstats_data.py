#!/usr/bin/env python3
# encoding: utf-8
"""A profile as data: get_stats_profile() rather than a printed table."""

#end_pymotw_header
import cProfile
import pstats

from profiling_workload import main

with cProfile.Profile() as profiler:
    main()

profile = pstats.Stats(profiler).get_stats_profile()
rows = sorted(profile.func_profiles.items(),
              key=lambda item: item[1].line_number)
for name, function in rows:
    if function.file_name.endswith('profiling_workload.py'):
        print(f'line {function.line_number:>2} {name:16}'
              f' calls={function.ncalls}')
busiest = max(rows, key=lambda item: item[1].tottime)
print('most time spent inside:', busiest[0])
