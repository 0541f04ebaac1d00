#!/usr/bin/env python3
# encoding: utf-8
"""Some status codes took the names of RFC 9110; the old ones remain."""

#end_pymotw_header
from http import HTTPStatus

for code in [413, 414, 416, 422]:
    status = HTTPStatus(code)
    print(code, status.name, '-', status.phrase)
print(HTTPStatus.REQUEST_ENTITY_TOO_LARGE == 413)
