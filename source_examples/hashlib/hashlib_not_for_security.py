#!/usr/bin/env python3
# encoding: utf-8
"""MD5 and SHA-1 for checksums only: usedforsecurity=False."""

#end_pymotw_header
import hashlib

# A cache key, not a security feature: say so, and FIPS-mode systems
# (which forbid MD5 for security) will still allow it.
key = hashlib.md5(b"https://example.org/feed", usedforsecurity=False)
print("cache key:", key.hexdigest())

# Two inputs known to collide under MD5, found in 2004 (Wang et al.).
a = bytes.fromhex(
    "d131dd02c5e6eec4693d9a0698aff95c2fcab58712467eab4004583eb8fb7f89"
    "55ad340609f4b30283e488832571415a085125e8f7cdc99fd91dbdf280373c5b"
    "d8823e3156348f5bae6dacd436c919c6dd53e2b487da03fd02396306d248cda0"
    "e99f33420f577ee8ce54b67080a80d1ec69821bcb6a8839396f9652b6ff72a70"
)
b = bytearray(a)
for index in (19, 45, 59, 83, 109, 123):
    b[index] ^= 0x80
b = bytes(b)
print("different inputs:", a != b)
print("same MD5:        ", hashlib.md5(a).digest() == hashlib.md5(b).digest())
print("same SHA-256:    ",
      hashlib.sha256(a).digest() == hashlib.sha256(b).digest())
