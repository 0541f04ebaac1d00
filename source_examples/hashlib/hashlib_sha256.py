#!/usr/bin/env python3
# encoding: utf-8
"""A SHA-256 digest, at once or piece by piece."""

#end_pymotw_header
import hashlib

data = b"The quick brown fox jumps over the lazy dog"
digest = hashlib.sha256(data)
print(digest.name, digest.digest_size, "bytes")
print(digest.hexdigest())
print(digest.digest()[:8], "...")

pieces = hashlib.sha256()
for start in range(0, len(data), 10):
    pieces.update(data[start:start + 10])
print("in pieces, same digest:", pieces.hexdigest() == digest.hexdigest())

print(hashlib.sha256(b"The quick brown fox jumps over the lazy cog")
      .hexdigest())
