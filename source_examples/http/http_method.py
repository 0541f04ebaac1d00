#!/usr/bin/env python3
# encoding: utf-8
"""HTTPMethod: the request methods as a StrEnum."""

#end_pymotw_header
from http import HTTPMethod

print([method.value for method in HTTPMethod])
print(HTTPMethod.GET == 'GET', HTTPMethod('POST').name)
print(HTTPMethod.POST.description)
