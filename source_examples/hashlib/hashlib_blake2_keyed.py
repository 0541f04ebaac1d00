#!/usr/bin/env python3
# encoding: utf-8
"""A keyed BLAKE2 hash authenticates a message."""

#end_pymotw_header
import hashlib
import hmac

KEY = b"a secret shared by the two servers"


def sign(message):
    return hashlib.blake2b(message, key=KEY, digest_size=16).hexdigest()


def verify(message, signature):
    return hmac.compare_digest(sign(message), signature)


cookie = b"user=ada;role=user"
signature = sign(cookie)
print("signature:", signature)
print("genuine:  ", verify(cookie, signature))
print("tampered: ", verify(b"user=ada;role=admin", signature))
print("max key:  ", hashlib.blake2b.MAX_KEY_SIZE, "bytes")
