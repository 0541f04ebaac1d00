#!/usr/bin/env python3
# encoding: utf-8
"""zip(strict=True) raises when the inputs differ in length."""

#end_pymotw_header
names = ['ann', 'bob', 'cy']
scores = [90, 85]

for name, score in zip(names, scores, strict=True):
    print(name, score)
