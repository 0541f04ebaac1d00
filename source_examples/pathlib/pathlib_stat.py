#!/usr/bin/env python3
# encoding: utf-8
"""Reading the metadata of a file with stat()."""

#end_pymotw_header
import stat
from pathlib import Path

readme = Path('demo/README.md')
info = readme.stat()
print('size of README.md:', info.st_size, 'bytes')
print('regular file:', stat.S_ISREG(info.st_mode))
print('folder:      ', stat.S_ISDIR(info.st_mode))
print()

# Permissions depend on the umask, so set them before showing them.
readme.chmod(0o640)
mode = readme.stat().st_mode
print('after chmod(0o640):', stat.filemode(mode), oct(stat.S_IMODE(mode)))
print('group may read: ', bool(mode & stat.S_IRGRP))
print('group may write:', bool(mode & stat.S_IWGRP))
print()

docs = Path('demo/docs')
print('docs is a folder:', stat.S_ISDIR(docs.stat().st_mode))
for name in ['index.rst', 'img/Logo.PNG']:
    print(f'{name:13} {(docs / name).stat().st_size:3} bytes')
