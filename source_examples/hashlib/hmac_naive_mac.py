#!/usr/bin/env python3
# encoding: utf-8
"""Why hashing the key and the message together is not a MAC."""

#end_pymotw_header
import hashlib
import hmac

key = b"secret"
message = b"amount=10"

# A naive "signature": hash the key and the message together.
naive = hashlib.sha256(key + message).hexdigest()
# Moving bytes between key and message gives the same naive signature,
print(hashlib.sha256(b"secre" + b"tamount=10").hexdigest() == naive)
# but not the same HMAC, which keeps the key and the message apart.
print(hmac.new(b"secre", b"tamount=10", "sha256").hexdigest()
      == hmac.new(key, message, "sha256").hexdigest())
