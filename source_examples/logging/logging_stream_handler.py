#!/usr/bin/env python3
# encoding: utf-8
"""A StreamHandler writes to any object with write() and flush()."""

#end_pymotw_header
import io
import logging
import sys

log = logging.getLogger('shop')
log.setLevel(logging.INFO)

to_stderr = logging.StreamHandler()  # sys.stderr unless told otherwise
to_stdout = logging.StreamHandler(sys.stdout)
in_memory = logging.StreamHandler(io.StringIO())
in_memory.terminator = ' | '
for label, handler in [('stderr', to_stderr), ('stdout', to_stdout),
                       ('memory', in_memory)]:
    handler.setFormatter(logging.Formatter(f'{label}: %(message)s'))
    log.addHandler(handler)

print('stderr handler writes to', to_stderr.stream.name)
log.info('order 1 paid')
log.info('order 2 shipped')

print('kept:', repr(in_memory.stream.getvalue()))
