#!/usr/bin/env python3
# encoding: utf-8
"""relative_to() with walk_up=True adds .. segments."""

#end_pymotw_header
from pathlib import PurePosixPath

stylesheet = PurePosixPath('/srv/www/static/css/site.css')
template = PurePosixPath('/srv/www/templates/blog')

print(stylesheet.relative_to(template, walk_up=True))
print(template.relative_to(stylesheet, walk_up=True))
print(template.relative_to(template, walk_up=True))
print()

attempts = [
    ('relative to a relative path', 'templates'),
    ('relative to a path with ..', '/srv/www/..'),
]
for label, other in attempts:
    try:
        stylesheet.relative_to(other, walk_up=True)
    except ValueError as error:
        print(f'{label}:\n  ValueError: {error}')
