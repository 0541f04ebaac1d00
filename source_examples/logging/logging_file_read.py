#!/usr/bin/env python3
# encoding: utf-8
"""Read back the log file that the previous example wrote."""

#end_pymotw_header
import collections
from pathlib import Path

lines = Path('app.log').read_text(encoding='utf-8').splitlines()
levels = collections.Counter(line.split()[0] for line in lines)
print(f'{len(lines)} lines in app.log')
for level, count in levels.most_common():
    print(f'{count:3d} {level}')
