#!/usr/bin/env python3
# encoding: utf-8
"""A subclass of Thread that keeps its result."""

#end_pymotw_header
import threading


class WordCounter(threading.Thread):
    def __init__(self, text):
        super().__init__(name=f'count {text[:10]!r}')
        self.text = text
        self.count = None

    def run(self):
        self.count = len(self.text.split())


counters = [
    WordCounter('the quick brown fox'),
    WordCounter('jumps over'),
    WordCounter('the lazy dog and the cat'),
]
for counter in counters:
    counter.start()
for counter in counters:
    counter.join()
    print(f'{counter.name}: {counter.count} words')
