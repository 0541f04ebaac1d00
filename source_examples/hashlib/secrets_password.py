#!/usr/bin/env python3
# encoding: utf-8
"""Generating a password and a one-time code."""

#end_pymotw_header
import secrets
import string

ALPHABET = string.ascii_letters + string.digits + string.punctuation


def password(length=16):
    """Draw characters until every class is present."""
    while True:
        chosen = "".join(secrets.choice(ALPHABET) for _ in range(length))
        if (any(c.islower() for c in chosen)
                and any(c.isupper() for c in chosen)
                and any(c.isdigit() for c in chosen)
                and any(c in string.punctuation for c in chosen)):
            return chosen


generated = password()
print("password:", len(generated), "characters, all classes present")

code = f"{secrets.randbelow(10**6):06d}"
print("one-time code:", len(code), "digits", code.isdigit())
print("randbits(8) < 256:", secrets.randbits(8) < 256)
