#!/usr/bin/env python3
# encoding: utf-8
"""Random tokens for URLs, sessions and keys."""

#end_pymotw_header
import secrets
import string

tokens = {
    "token_bytes()": secrets.token_bytes(),
    "token_hex()": secrets.token_hex(),
    "token_hex(8)": secrets.token_hex(8),
    "token_urlsafe()": secrets.token_urlsafe(),
    "token_urlsafe(16)": secrets.token_urlsafe(16),
}
URLSAFE = set(string.ascii_letters + string.digits + "-_")
for name, token in tokens.items():
    kind = type(token).__name__
    if isinstance(token, str):
        safe = set(token) <= URLSAFE
        print(f"{name:18} {kind:5} {len(token):3} chars, url-safe: {safe}")
    else:
        print(f"{name:18} {kind:5} {len(token):3} bytes")

print("two tokens equal?", secrets.token_hex() == secrets.token_hex())
