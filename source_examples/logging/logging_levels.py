#!/usr/bin/env python3
# encoding: utf-8
"""The standard levels, and what is shown before any configuration."""

#end_pymotw_header
import logging

levels = logging.getLevelNamesMapping()
for name, number in sorted(levels.items(), key=lambda item: item[1]):
    print(f'{number:2d} {name}')

log = logging.getLogger('demo')
print('effective level:', logging.getLevelName(log.getEffectiveLevel()))

log.debug('debug: details for whoever is fixing a bug')
log.info('info: things are working as expected')
log.warning('warning: something odd, but still working')
log.error('error: an operation failed')
log.critical('critical: the program cannot go on')
print('done')
