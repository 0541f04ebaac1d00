#!/usr/bin/env python3
# encoding: utf-8
"""Print the words of a sentence, one per line."""

#end_pymotw_header
SENTENCE = 'the cat saw the dog and the dog saw the cat run'

for word in SENTENCE.split():
    print(word)
