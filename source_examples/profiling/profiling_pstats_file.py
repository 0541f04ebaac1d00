#!/usr/bin/env python3
# encoding: utf-8
"""Save a profile to a file and load it again with pstats."""

#end_pymotw_header
import cProfile
import pstats
import tempfile
from pathlib import Path

from profiling_workload import main

with cProfile.Profile() as profiler:
    main()

with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / 'workload.prof'
    profiler.dump_stats(path)  # what python -m cProfile -o writes
    print('saved', path.name)
    stats = pstats.Stats(str(path))

print('functions:', len(stats.stats), '| calls:', stats.total_calls)
stats.strip_dirs().sort_stats('stdname').print_stats(r'\(main\)')
