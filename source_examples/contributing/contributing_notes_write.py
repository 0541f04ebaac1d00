#!/usr/bin/env python3
# encoding: utf-8
"""Write a file that the next example of the page reads."""

#end_pymotw_header
from pathlib import Path

notes = Path('notes.txt')
notes.write_text('first note\nsecond note\n')
print('wrote', notes, 'with', len(notes.read_text().splitlines()), 'lines')
