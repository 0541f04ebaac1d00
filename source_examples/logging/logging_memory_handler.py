#!/usr/bin/env python3
# encoding: utf-8
"""MemoryHandler: keep the details, write them only when things go wrong."""

#end_pymotw_header
import logging
import logging.handlers
import sys

console = logging.StreamHandler(sys.stdout)
console.setFormatter(logging.Formatter('%(levelname)-7s %(message)s'))

# Buffer up to 100 records; pass them all on when an ERROR arrives.
buffered = logging.handlers.MemoryHandler(
    100, flushLevel=logging.ERROR, target=console, flushOnClose=False
)
log = logging.getLogger('import')
log.setLevel(logging.DEBUG)
log.addHandler(buffered)

for job in ('a.csv', 'b.csv'):
    log.debug('%s: opened', job)
    log.debug('%s: 10 rows read', job)
    if job == 'b.csv':
        log.error('%s: row 7 has no date', job)
    print(f'{job} done, {len(buffered.buffer)} record(s) waiting')

log.debug('c.csv: opened')
buffered.close()  # flushOnClose=False: the waiting record is dropped
print('after close:', len(buffered.buffer), 'record(s) waiting')
