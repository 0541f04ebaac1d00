#!/usr/bin/env python3
# encoding: utf-8
"""Which start methods see a change made before the child starts."""

#end_pymotw_header
import multiprocessing

settings = {'mode': 'as imported'}


def show():
    name = multiprocessing.current_process().name
    print(f'  {name:20} sees mode={settings["mode"]!r}')


if __name__ == '__main__':
    settings['mode'] = 'changed at run time'
    for method in ['fork', 'spawn', 'forkserver']:
        process = multiprocessing.get_context(method).Process(target=show)
        process.start()
        process.join()
