#!/usr/bin/env python3
# encoding: utf-8
"""Path.info: what the folder listing already knows (Python 3.14)."""

#end_pymotw_header
from pathlib import Path

folder = Path('archive')
(folder / 'latest').symlink_to('kept.md')
(folder / 'old').symlink_to('gone.md')

entries = sorted(folder.iterdir())
print(f'{"name":10} {"exists":7} {"is_dir":7} {"is_file":8} is_symlink')
for path in entries:
    info = path.info
    print(
        f'{path.name:10} {info.exists()!s:7} {info.is_dir()!s:7}'
        f' {info.is_file()!s:8} {info.is_symlink()}'
    )

# A link to a file is a file, unless the link itself is asked about.
latest = folder / 'latest'
print('latest is a file:', latest.info.is_file())
print('latest, not followed:', latest.info.is_file(follow_symlinks=False))

# The answers are kept: info does not notice a file deleted since.
plain = next(path for path in entries if path.name == 'plain.md')
plain.unlink()
print('plain.md info.exists():', plain.info.exists())
print('plain.md exists():     ', plain.exists())
print('a new Path asks again: ', Path('archive/plain.md').info.exists())
