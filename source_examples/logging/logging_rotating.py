#!/usr/bin/env python3
# encoding: utf-8
"""Keep a log file small by rotating it into numbered backups."""

#end_pymotw_header
import logging
import logging.handlers
from pathlib import Path

handler = logging.handlers.RotatingFileHandler(
    'rotating.log', maxBytes=50, backupCount=2, encoding='utf-8',
)
log = logging.getLogger('rotating')
log.addHandler(handler)

for number in range(1, 11):
    log.warning('message %2d', number)
handler.close()

for path in sorted(Path().glob('rotating.log*')):
    lines = path.read_text(encoding='utf-8').splitlines()
    print(f'{path}: {", ".join(lines)}')
