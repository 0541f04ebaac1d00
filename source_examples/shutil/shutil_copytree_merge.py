#!/usr/bin/env python3
# encoding: utf-8
"""Copy into an existing tree with dirs_exist_ok."""

#end_pymotw_header
import os
import shutil

os.makedirs('www/css')
with open('www/css/style.css', 'w') as f:
    f.write('/* stale */\n')
with open('www/robots.txt', 'w') as f:
    f.write('User-agent: *\n')

shutil.copytree('site/css', 'www/css', dirs_exist_ok=True)
shutil.copytree('site', 'www', dirs_exist_ok=True,
                ignore=shutil.ignore_patterns('*.bak', 'drafts', 'img'))

print(sorted(os.listdir('www')))
with open('www/css/style.css') as f:
    print('style.css:', f.read().strip())
