#!/usr/bin/env python3
# encoding: utf-8
"""Path.from_uri() turns a file: URI back into a path."""

#end_pymotw_header
from pathlib import Path

uris = [
    'file:///srv/my%20site/caf%C3%A9%20%231.html',
    'file://localhost/etc/hosts',
    'file:/etc/hosts',
]
for uri in uris:
    print(uri)
    print('   ', repr(Path.from_uri(uri)))
print()

readme = Path.cwd() / 'README.md'
print('round trip:', Path.from_uri(readme.as_uri()) == readme)
print()

for uri in [
    'file://fileserver/pub/a.txt',
    'http://host/a.txt',
    'file:notes.txt',
]:
    print(uri)
    try:
        print('   ', repr(Path.from_uri(uri)))
    except ValueError as error:
        print('    ValueError:', error)
