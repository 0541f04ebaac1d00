#!/usr/bin/env python3
# encoding: utf-8
"""Escaped or literal non-ASCII characters."""

#end_pymotw_header
import json

words = ['Zürich', 'こんにちは', '🐍']

for word in words:
    escaped = json.dumps(word)
    literal = json.dumps(word, ensure_ascii=False)
    print(f'{escaped:<34} {literal}')

escaped = json.dumps(words)
literal = json.dumps(words, ensure_ascii=False)
print()
print('UTF-8 bytes, escaped:', len(escaped.encode('utf-8')))
print('UTF-8 bytes, literal:', len(literal.encode('utf-8')))
print('same data:', json.loads(escaped) == json.loads(literal))
