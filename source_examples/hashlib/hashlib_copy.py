#!/usr/bin/env python3
# encoding: utf-8
"""Sharing a common prefix with copy()."""

#end_pymotw_header
import hashlib

prefix = hashlib.sha256(b"tea-timer:")
for user in (b"ada", b"bob"):
    h = prefix.copy()
    h.update(user)
    print(user.decode(), h.hexdigest()[:24], "...")
print(prefix.hexdigest() == hashlib.sha256(b"tea-timer:").hexdigest())
