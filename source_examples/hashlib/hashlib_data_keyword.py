#!/usr/bin/env python3
# encoding: utf-8
"""Passing the data positionally works everywhere."""

#end_pymotw_header
import hashlib
import warnings

print(hashlib.sha256(b"abc").hexdigest()[:16], "positional")

for keyword in ("data", "string"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            h = hashlib.sha256(**{keyword: b"abc"})
            print(h.hexdigest()[:16], f"{keyword}=")
        except TypeError as error:
            print(f"{keyword}=: TypeError: {error}")
    for warning in caught:
        print(f"  {warning.category.__name__}: {warning.message}")
