#!/usr/bin/env python3
# encoding: utf-8
"""A pattern that is only ** lists a whole tree."""

#end_pymotw_header
from pathlib import Path

docs = Path('demo/docs')

print("glob('**'):")
for path in sorted(docs.glob('**')):
    print('   ', path)

print("glob('**/'):")
for path in sorted(docs.glob('**/')):
    print('   ', path)
