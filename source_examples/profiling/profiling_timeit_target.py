#!/usr/bin/env python3
# encoding: utf-8
"""Ask autorange for a shorter (or longer) total time than 0.2 s."""

#end_pymotw_header
import timeit

timer = timeit.Timer('sorted(data)', setup='data = list(range(1000))[::-1]')
for target in [0.05, 0.5]:
    number, total = timer.autorange(target_time=target)
    print(f'target {target} s: {number:,} runs in {total:.3f} s,',
          'enough:', total >= target)
