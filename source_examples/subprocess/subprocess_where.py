#!/usr/bin/env python3
# encoding: utf-8
"""Report the folder this process runs in, and leave a file there."""

#end_pymotw_header
import sys
from pathlib import Path

print('child: working in', Path.cwd().name)
Path(sys.argv[1]).write_text('written by subprocess_where.py\n')
print('child: wrote', sys.argv[1])
