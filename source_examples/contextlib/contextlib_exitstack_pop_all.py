#!/usr/bin/env python3
# encoding: utf-8
"""Keep resources open only if every step succeeds."""

#end_pymotw_header
from contextlib import ExitStack


class Resource:
    def __init__(self, name, fail=False):
        if fail:
            raise OSError(f'cannot open {name}')
        self.name = name
        print('opened', name)

    def close(self):
        print('closed', self.name)


def open_all(*specs):
    with ExitStack() as stack:
        resources = []
        for name, fail in specs:
            resource = Resource(name, fail)
            stack.callback(resource.close)
            resources.append(resource)
        # Everything opened: take the callbacks away from this stack.
        return resources, stack.pop_all()


resources, closer = open_all(('log', False), ('db', False))
print('in use:', [r.name for r in resources])
closer.close()

try:
    open_all(('log', False), ('db', True))
except OSError as err:
    print('failed:', err)
