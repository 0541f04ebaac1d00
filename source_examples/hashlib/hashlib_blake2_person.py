#!/usr/bin/env python3
# encoding: utf-8
"""Salt and personalization separate uses of one hash."""

#end_pymotw_header
import hashlib

data = b"ada@example.org"
for person in (b"newsletter", b"invoices"):
    h = hashlib.blake2b(data, digest_size=12, person=person)
    print(f"{person.decode():10} {h.hexdigest()}")

salted = hashlib.blake2b(data, digest_size=12, salt=b"2024-07")
print(f"{'salted':10} {salted.hexdigest()}")
print("sizes:", hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.SALT_SIZE)
try:
    hashlib.blake2b(data, person=b"x" * 17)
except ValueError as error:
    print("ValueError:", error)
