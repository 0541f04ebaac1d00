#!/usr/bin/env python3
# encoding: utf-8
"""Verifying a signature header with compare_digest()."""

#end_pymotw_header
import hashlib
import hmac

KEY = b"webhook-secret-from-the-settings-page"


def verify(body, header):
    expected = "sha256=" + hmac.new(KEY, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)


body = b'{"event": "push", "ref": "refs/heads/main"}'
header = "sha256=" + hmac.new(KEY, body, hashlib.sha256).hexdigest()
print("genuine:       ", verify(body, header))
print("body changed:  ", verify(body.replace(b"main", b"prod"), header))
print("header changed:", verify(body, header[:-1] + "0"))
print("empty header:  ", verify(body, ""))
