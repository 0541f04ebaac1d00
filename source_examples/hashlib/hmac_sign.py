#!/usr/bin/env python3
# encoding: utf-8
"""Signing a message with HMAC."""

#end_pymotw_header
import hashlib
import hmac

key = b"webhook-secret-from-the-settings-page"
body = b'{"event": "push", "ref": "refs/heads/main"}'

mac = hmac.new(key, body, hashlib.sha256)
print(mac.name, mac.digest_size)
print(mac.hexdigest())

# The one-shot function gives the same bytes, faster.
print(hmac.digest(key, body, "sha256").hex() == mac.hexdigest())

# Incremental, like a hash object.
parts = hmac.new(key, digestmod="sha256")
parts.update(body[:10])
parts.update(body[10:])
print(parts.hexdigest() == mac.hexdigest())

try:
    hmac.new(key, body)
except TypeError as error:
    print("TypeError:", error)
