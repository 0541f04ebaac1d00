#!/usr/bin/env python3
# encoding: utf-8
"""The home folder, and paths that start with ~."""

#end_pymotw_header
from pathlib import Path

print('home():', Path.home())
print()

config = Path('~/.config/shapes/settings.toml')
print('as written:  ', config)
print('expanduser():', config.expanduser())
print('the same as home() / ...:',
      config.expanduser() == Path.home() / '.config/shapes/settings.toml')
print()

# Only expanduser() treats "~" specially.
print('exists() without expanding:', config.exists())
print('a "~" in the middle stays:', Path('backup/~/notes').expanduser())
