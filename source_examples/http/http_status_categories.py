#!/usr/bin/env python3
# encoding: utf-8
"""The is_* properties of HTTPStatus tell the class of a code."""

#end_pymotw_header
from http import HTTPStatus

checks = ['is_informational', 'is_success', 'is_redirection',
          'is_client_error', 'is_server_error']
for code in [100, 204, 301, 404, 503]:
    status = HTTPStatus(code)
    classes = [name[3:] for name in checks if getattr(status, name)]
    print(f'{code} {status.phrase:21} {", ".join(classes)}')
