#!/usr/bin/env python3
# encoding: utf-8
"""Handle errors during rmtree() with onexc."""

#end_pymotw_header
import os
import shutil


def report(function, path, exc):
    reason = exc.strerror or exc
    print(f'{function.__name__}({path!r}): {type(exc).__name__}: {reason}')


shutil.rmtree('missing', onexc=report)

os.symlink('site', 'site-link')
shutil.rmtree('site-link', onexc=report)
print('the link target survives:', os.path.isdir('site'))
