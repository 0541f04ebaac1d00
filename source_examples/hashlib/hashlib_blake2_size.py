#!/usr/bin/env python3
# encoding: utf-8
"""BLAKE2 digests of the size you choose."""

#end_pymotw_header
import hashlib

data = b"tea-timer 1.4.0"
for size in (8, 16, 32, 64):
    h = hashlib.blake2b(data, digest_size=size)
    print(f"{size:2} bytes: {h.hexdigest()[:48]}")

# A shorter digest is not a prefix of a longer one.
print(hashlib.blake2b(data, digest_size=8).hexdigest()
      == hashlib.blake2b(data).hexdigest()[:16])
print("limits:", hashlib.blake2b.MAX_DIGEST_SIZE,
      hashlib.blake2s.MAX_DIGEST_SIZE)
