#!/usr/bin/env python3
# encoding: utf-8
"""Writing a JSON document to a file with dump()."""

#end_pymotw_header
import json
import pathlib

settings = {
    'theme': 'dark',
    'font_size': 12,
    'recent_files': ['notes.txt', 'todo.md'],
}

path = pathlib.Path('settings.json')
with path.open('w', encoding='utf-8') as f:
    json.dump(settings, f, indent=2)
    f.write('\n')  # dump() does not end the text with a newline

print(f'wrote {path}, {path.stat().st_size} bytes:')
print(path.read_text(encoding='utf-8'), end='')
