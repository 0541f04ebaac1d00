#!/usr/bin/env python3
# encoding: utf-8
"""Decoding values as their pieces arrive."""

#end_pymotw_header
import json


def iter_values(chunks):
    """Yield each JSON object or array as soon as it is complete."""
    decoder = json.JSONDecoder()
    buffer = ''
    for chunk in chunks:
        print(f'received {chunk!r}')
        buffer += chunk
        while buffer := buffer.lstrip():
            try:
                value, end = decoder.raw_decode(buffer)
            except json.JSONDecodeError:
                break  # incomplete: wait for the next chunk
            yield value
            buffer = buffer[end:]
    if buffer:
        raise ValueError(f'incomplete value at the end: {buffer!r}')


chunks = ['{"id": 1}{"i', 'd": 2}\n{"id"', ': 3, "tags": ["a",', ' "b"]}']
for value in iter_values(chunks):
    print('   value', value)
