#!/usr/bin/env python3
# encoding: utf-8
"""The low-level functions: mkstemp() and mkdtemp()."""

#end_pymotw_header
import os
import stat
import tempfile

fd, path = tempfile.mkstemp(suffix='.log')
print('file mode:', stat.filemode(os.stat(path).st_mode))
os.write(fd, b'written through the descriptor\n')
os.close(fd)
print('name ends with the suffix:', path.endswith('.log'))

folder = tempfile.mkdtemp()
print('folder mode:', stat.filemode(os.stat(folder).st_mode))

# Nothing removes them: that is the caller's job.
os.remove(path)
os.rmdir(folder)
print('removed by hand:', not os.path.exists(path) and
      not os.path.exists(folder))
