#!/usr/bin/env python3
# encoding: utf-8
"""Stop a process from outside with terminate() or kill()."""

#end_pymotw_header
import multiprocessing
import signal

from multiprocessing_jobs import block

if __name__ == '__main__':
    for how in ['terminate', 'kill']:
        process = multiprocessing.Process(target=block)
        process.start()
        print(f'{how}(): alive before:', process.is_alive())
        getattr(process, how)()
        process.join()
        code = process.exitcode
        print(f'  alive after: {process.is_alive()}, exit code {code}'
              f' = -{signal.Signals(-code).name}')
        process.close()  # frees its resources; the object is unusable
