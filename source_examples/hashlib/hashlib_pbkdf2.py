#!/usr/bin/env python3
# encoding: utf-8
"""Deriving a key from a password with PBKDF2."""

#end_pymotw_header
import hashlib

password = b"correct horse battery staple"
salt = bytes.fromhex("6a4f1c0e9b2d7a53e8c14f0b2d6e9a31")  # random per user

for iterations in (1, 2, 100_000):
    key = hashlib.pbkdf2_hmac("sha256", password, salt, iterations)
    print(f"{iterations:>7} iterations  {key.hex()[:40]}...")

print(len(hashlib.pbkdf2_hmac("sha256", password, salt, 1, dklen=64)))
print(hashlib.pbkdf2_hmac("sha256", password, b"another salt", 1).hex()[:40])
