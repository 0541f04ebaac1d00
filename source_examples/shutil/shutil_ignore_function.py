#!/usr/bin/env python3
# encoding: utf-8
"""A function of your own decides what copytree() skips."""

#end_pymotw_header
import os
import shutil

skipped = {}


def skip_large(folder, names):
    large = {name for name in names
             if os.path.isfile(os.path.join(folder, name))
             and os.path.getsize(os.path.join(folder, name)) > 15}
    skipped[folder] = sorted(large)
    return large


shutil.copytree('site', 'small', ignore=skip_large)
for folder, names in sorted(skipped.items()):
    print(f'{folder:12} skipped {names}')
