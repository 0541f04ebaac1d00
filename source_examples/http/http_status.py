#!/usr/bin/env python3
# encoding: utf-8
"""HTTPStatus: the status codes as an IntEnum, with their phrases."""

#end_pymotw_header
from http import HTTPStatus

status = HTTPStatus.NOT_FOUND
print(repr(status))
print('value:      ', status.value, status == 404)
print('phrase:     ', status.phrase)
print('description:', status.description)
print('by number:  ', HTTPStatus(201).name)
print('by name:    ', HTTPStatus['IM_A_TEAPOT'].value)
print('how many:   ', len(HTTPStatus))
