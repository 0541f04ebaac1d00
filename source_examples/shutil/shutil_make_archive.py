#!/usr/bin/env python3
# encoding: utf-8
"""Pack a folder into archives of several formats."""

#end_pymotw_header
import os
import shutil
import tarfile
import zipfile

zip_name = shutil.make_archive('backup', 'zip', root_dir='site',
                               base_dir='.')
tar_name = shutil.make_archive('backup', 'gztar', root_dir='.',
                               base_dir='site')
print(os.path.basename(zip_name), os.path.basename(tar_name))

with zipfile.ZipFile(zip_name) as zf:
    print('zip:', sorted(zf.namelist())[:3], '...')
with tarfile.open(tar_name) as tf:
    print('tar:', sorted(tf.getnames())[:3], '...')
