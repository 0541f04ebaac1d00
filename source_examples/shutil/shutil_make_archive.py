#!/usr/bin/env python3
# encoding: utf-8
"""Pack a folder into archives of several formats."""

#end_pymotw_header
import os
import shutil
import tarfile
import zipfile

# Archives record each file's time; fixed times give the same bytes
# on every run (a "reproducible" archive).
moment = (1_700_000_000, 1_700_000_000)
for dirpath, _subdirs, filenames in os.walk('site'):
    for name in filenames:
        os.utime(os.path.join(dirpath, name), moment)
    os.utime(dirpath, moment)

zip_name = shutil.make_archive('backup', 'zip', root_dir='site',
                               base_dir='.')
tar_name = shutil.make_archive('backup', 'xztar', root_dir='.',
                               base_dir='site')
print(os.path.basename(zip_name), os.path.basename(tar_name))

with zipfile.ZipFile(zip_name) as zf:
    print('zip:', sorted(zf.namelist())[:3], '...')
with tarfile.open(tar_name) as tf:
    print('tar:', sorted(tf.getnames())[:3], '...')
