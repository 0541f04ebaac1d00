#!/usr/bin/env python3
# encoding: utf-8
"""Adding a level between INFO and WARNING."""

#end_pymotw_header
import logging
import sys

NOTICE = 25
logging.addLevelName(NOTICE, 'NOTICE')

logging.basicConfig(
    level=NOTICE, stream=sys.stdout, format='%(levelname)-8s %(message)s'
)
log = logging.getLogger('backup')

log.info('copying 120 files')  # below the threshold
log.log(NOTICE, 'disk is %d%% full', 85)
log.warning('3 files were skipped')

print()
print('name of 25:      ', logging.getLevelName(NOTICE))
print('number of NOTICE:', logging.getLevelNamesMapping()['NOTICE'])
print('name of 35:      ', logging.getLevelName(35))
print('enabled for NOTICE:', log.isEnabledFor(NOTICE))
