#!/usr/bin/env python3
# encoding: utf-8
"""Write everything to a file, and only the problems to the console."""

#end_pymotw_header
import logging

log = logging.getLogger('stock')
log.setLevel(logging.DEBUG)

to_file = logging.FileHandler('app.log', encoding='utf-8')
to_file.setFormatter(
    logging.Formatter('%(levelname)-8s %(name)s: %(message)s')
)
log.addHandler(to_file)

console = logging.StreamHandler()
console.setLevel(logging.WARNING)
console.setFormatter(logging.Formatter('%(levelname)s: %(message)s'))
log.addHandler(console)

log.debug('reading stock.csv')
log.info('loaded %d items', 3)
log.warning('item %r has no price', 'widget')
log.info('done')
print('log file:', to_file.baseFilename.rsplit('/', 1)[-1])
