#!/usr/bin/env python3
# encoding: utf-8
"""A Path subclass whose derived paths keep its extra state."""

#end_pymotw_header
from pathlib import Path


class TextPath(Path):
    """A path that knows the encoding of the text files below it."""

    def __init__(self, *segments, encoding='utf-8'):
        super().__init__(*segments)
        self.encoding = encoding

    def with_segments(self, *segments):
        # Every derived path (/, parent, glob(), iterdir()...) is
        # made here, so it gets the same encoding.
        return type(self)(*segments, encoding=self.encoding)

    def load(self):
        return self.read_text(encoding=self.encoding)

    def save(self, text):
        return self.write_text(text, encoding=self.encoding)


legacy = TextPath('legacy', encoding='latin-1')
legacy.mkdir(exist_ok=True)
names = legacy / 'names.txt'
names.save('José\nZoë\n')

print(repr(names), names.encoding)
print('on disk:', names.read_bytes())
print('parent: ', repr(names.parent), names.parent.encoding)
for found in legacy.glob('*.txt'):
    print('found:  ', repr(found), found.encoding, found.load().split())
