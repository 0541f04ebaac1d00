#!/usr/bin/env python3
# encoding: utf-8
"""Close a named temporary file, let others use it, then delete it."""

#end_pymotw_header
import os
import tempfile

with tempfile.NamedTemporaryFile('w', suffix='.ini',
                                 delete_on_close=False) as f:
    f.write('[server]\nport = 8080\n')
    f.close()  # the data is written, the file stays
    print('exists after close():', os.path.exists(f.name))
    with open(f.name) as again:  # as another program would
        print('reopened:', again.read().splitlines())

print('exists after the block:', os.path.exists(f.name))
