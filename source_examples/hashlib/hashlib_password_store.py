#!/usr/bin/env python3
# encoding: utf-8
"""Storing and checking passwords with scrypt and a random salt."""

#end_pymotw_header
import hashlib
import hmac
import secrets

N, R, P = 2**12, 8, 1  # small, to keep the example fast


def hash_password(password):
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P,
                         dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${key.hex()}"


def check_password(password, stored):
    _, n, r, p, salt, key = stored.split("$")
    candidate = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt),
                               n=int(n), r=int(r), p=int(p),
                               dklen=len(key) // 2)
    return hmac.compare_digest(candidate.hex(), key)


stored = hash_password("correct horse battery staple")
print("stored:", [len(part) for part in stored.split("$")], "characters")
print("right password:", check_password("correct horse battery staple",
                                        stored))
print("wrong password:", check_password("Tr0ub4dor&3", stored))
again = hash_password("correct horse battery staple")
print("same password, same hash?", again == stored)
