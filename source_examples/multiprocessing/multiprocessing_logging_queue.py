#!/usr/bin/env python3
# encoding: utf-8
"""Child processes log through a queue to one handler in the parent."""

#end_pymotw_header
import logging
import logging.handlers
import multiprocessing


def work(log_queue, n):
    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(log_queue)]
    root.setLevel(logging.INFO)
    logging.getLogger('jobs').info('job %d done', n)


class Collect(logging.Handler):
    """Keeps the formatted lines, to print them in a stable order."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


if __name__ == '__main__':
    log_queue = multiprocessing.Queue()
    collect = Collect()
    collect.setFormatter(logging.Formatter(
        '%(processName)s %(name)s %(levelname)s: %(message)s'))
    listener = logging.handlers.QueueListener(log_queue, collect)
    processes = [
        multiprocessing.Process(target=work, args=(log_queue, n),
                                name=f'worker-{n}')
        for n in range(3)
    ]
    for process in processes:
        process.start()
    # The listener is a thread: start it after the processes, so that
    # 'fork' never copies a process that runs threads.
    listener.start()
    for process in processes:
        process.join()
    listener.stop()  # handles every record still queued, then returns
    print('\n'.join(sorted(collect.lines)))
