#!/usr/bin/env python3
# encoding: utf-8
"""Read the file the previous example of the page wrote."""

#end_pymotw_header
from pathlib import Path

for number, line in enumerate(Path('notes.txt').read_text().splitlines(), 1):
    print(number, line)
