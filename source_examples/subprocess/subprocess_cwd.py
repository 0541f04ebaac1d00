#!/usr/bin/env python3
# encoding: utf-8
"""Run a child in another working folder with cwd=."""

#end_pymotw_header
import subprocess
import sys
from pathlib import Path

reports = Path('reports')
reports.mkdir(exist_ok=True)
script = Path('subprocess_where.py').resolve()

subprocess.run([sys.executable, script, 'summary.txt'], cwd=reports,
               check=True)
listing = subprocess.run(['ls'], cwd=reports, capture_output=True,
                         text=True)
print('ls in reports:', listing.stdout.split())

relative = subprocess.run([sys.executable, 'subprocess_where.py', 'x'],
                          cwd=reports, capture_output=True)
print('relative script name: returncode', relative.returncode)
