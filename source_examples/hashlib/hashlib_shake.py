#!/usr/bin/env python3
# encoding: utf-8
"""SHAKE: digests of any length you ask for."""

#end_pymotw_header
import hashlib

shake = hashlib.shake_256(b"abc")
for length in (4, 8, 16):
    print(f"{length:2} bytes: {shake.hexdigest(length)}")
print(shake.digest_size)
