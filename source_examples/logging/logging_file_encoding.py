#!/usr/bin/env python3
# encoding: utf-8
"""The encoding of a log file opened without one, and UTF-8 mode."""

#end_pymotw_header
import logging
import sys
from pathlib import Path

print('UTF-8 mode:', sys.flags.utf8_mode)

# No encoding: the default applies. errors= shows in the file what
# the encoding could not write, instead of a logging error.
handler = logging.FileHandler(
    'greetings.log', mode='w', errors='backslashreplace'
)
print('file encoding:', handler.stream.encoding)
log = logging.getLogger('greetings')
log.addHandler(handler)
log.warning('Grüße aus Köln')
handler.close()

print('on disk:', Path('greetings.log').read_bytes())
