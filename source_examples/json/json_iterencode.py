#!/usr/bin/env python3
# encoding: utf-8
"""Writing a large value piece by piece with JSONEncoder.iterencode()."""

#end_pymotw_header
import json

readings = ({'sensor': n, 'value': n * 0.5} for n in range(2))
data = {'station': 'north', 'readings': list(readings)}

encoder = json.JSONEncoder(indent=None)
chunks = list(encoder.iterencode(data))
print(len(chunks), 'chunks, beginning with:')
for chunk in chunks[:6]:
    print(f'  {chunk!r}')

with open('station.json', 'w', encoding='utf-8') as output:
    for chunk in encoder.iterencode(data):
        output.write(chunk)

with open('station.json', encoding='utf-8') as saved:
    print(saved.read())
