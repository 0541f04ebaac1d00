#!/usr/bin/env python3
# encoding: utf-8
"""Daemon processes are stopped when the parent exits."""

#end_pymotw_header
import multiprocessing

from multiprocessing_jobs import block

if __name__ == '__main__':
    watcher = multiprocessing.Process(target=block, daemon=True,
                                      name='watcher')
    watcher.start()
    print('running:', [p.name for p in multiprocessing.active_children()])
    print('the parent ends without joining its daemon')
