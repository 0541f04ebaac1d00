#!/usr/bin/env python3
# encoding: utf-8
"""Logging from several processes through one queue."""

#end_pymotw_header
import logging
import logging.handlers
import multiprocessing


def init_worker(records):
    # Runs in each worker: send every record to the main process.
    root = logging.getLogger()
    root.handlers.clear()
    root.addHandler(logging.handlers.QueueHandler(records))
    root.setLevel(logging.INFO)


def resize(name):
    log = logging.getLogger('resize')
    log.info('resizing %s', name)
    return name.upper()


class Collect(logging.Handler):
    # Keeps the formatted lines, to print them in a fixed order.
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


if __name__ == '__main__':
    print('start method:', multiprocessing.get_start_method())
    collect = Collect()
    collect.setFormatter(
        logging.Formatter('%(processName)s %(name)s: %(message)s')
    )
    records = multiprocessing.Queue()
    listener = logging.handlers.QueueListener(records, collect)
    listener.start()
    pool = multiprocessing.Pool(
        2, initializer=init_worker, initargs=(records,)
    )
    print(pool.map(resize, ['a.png', 'b.png', 'c.png']))
    pool.close()
    pool.join()  # the workers exit, after sending what they logged
    listener.stop()

    # Which worker resized which file, and so the order of the lines,
    # varies from run to run: sort them, and keep the kind of worker.
    workers = sorted(
        {line.split()[0].rsplit('-', 1)[0] for line in collect.lines}
    )
    print('logged by:', workers)
    for line in sorted(line.split(' ', 1)[1] for line in collect.lines):
        print('   ', line)
