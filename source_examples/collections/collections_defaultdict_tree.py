#!/usr/bin/env python3
# encoding: utf-8
"""A tree of nested dictionaries made on demand."""

#end_pymotw_header
import collections
import json


def tree():
    return collections.defaultdict(tree)


site = tree()
site['docs']['collections']['index.rst'] = 412
site['docs']['collections']['counter.rst'] = 1230
site['docs']['json']['index.rst'] = 380
site['README.md'] = 90

print(json.dumps(site, indent=2))
