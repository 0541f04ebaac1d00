#!/usr/bin/env python3
# encoding: utf-8
"""scrypt: a password hash that needs memory as well as time."""

#end_pymotw_header
import hashlib

password = b"correct horse battery staple"
salt = bytes.fromhex("6a4f1c0e9b2d7a53e8c14f0b2d6e9a31")

# Small parameters, so that the example runs quickly.
key = hashlib.scrypt(password, salt=salt, n=2**12, r=8, p=1, dklen=32)
print(key.hex())
print("memory: about", 128 * 8 * 2**12 // 2**20, "MiB")

# n = 2**15 needs a little more than 32 MiB, the default limit.
try:
    hashlib.scrypt(password, salt=salt, n=2**15, r=8, p=1)
except ValueError as error:
    print("ValueError, memory limit:", "memory limit" in str(error))
