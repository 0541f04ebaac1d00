#!/usr/bin/env python3
# encoding: utf-8
"""Keyword-only fields: kw_only=True and KW_ONLY."""

#end_pymotw_header
import dataclasses
import inspect


@dataclasses.dataclass(kw_only=True)
class Request:
    url: str
    timeout: float = 10.0
    retries: int = 0


@dataclasses.dataclass
class Download:
    url: str
    _: dataclasses.KW_ONLY
    timeout: float = 10.0
    target: str          # no default, after one with a default


print(inspect.signature(Request))
print(inspect.signature(Download))
print(Download('https://example.org', target='page.html'))
try:
    Request('https://example.org')
except TypeError as exc:
    print('TypeError:', exc)
