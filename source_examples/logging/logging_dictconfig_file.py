#!/usr/bin/env python3
# encoding: utf-8
"""Load the dictConfig() dictionary from a TOML file."""

#end_pymotw_header
import logging
import logging.config
import tomllib

with open('logging_config.toml', 'rb') as config_file:
    logging.config.dictConfig(tomllib.load(config_file))

http = logging.getLogger('shop.http')
for path in ['/', '/health', '/cart']:
    http.info('GET %s', path)
http.warning('slow answer for GET %s', '/cart')
