#!/usr/bin/env python3
# encoding: utf-8
"""Count the words of a text file with Counter."""

#end_pymotw_header
import collections
import re

with open('poem.txt', encoding='utf-8') as f:
    words = re.findall(r"[a-z'-]+", f.read().lower())

counts = collections.Counter(words)
print('words:', counts.total(), 'distinct:', len(counts))
for word, n in counts.most_common(3):
    print(f'{word:8} {n}')
print('kettle:', counts['kettle'])
print('teapot:', counts['teapot'])
print('teapot' in counts)
