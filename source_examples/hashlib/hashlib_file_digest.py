#!/usr/bin/env python3
# encoding: utf-8
"""Hashing a file with file_digest()."""

#end_pymotw_header
import hashlib

with open("notes.txt", "rb") as file:
    digest = hashlib.file_digest(file, "sha256")
print("file_digest:", digest.hexdigest()[:40], "...")

# What it saves you from writing: read in chunks, update each time.
h = hashlib.sha256()
with open("notes.txt", "rb") as file:
    while chunk := file.read(64 * 1024):
        h.update(chunk)
print("by hand, the same:", h.hexdigest() == digest.hexdigest())

with open("notes.txt", "rb") as file:
    print("blake2b:    ", hashlib.file_digest(file, hashlib.blake2b)
          .hexdigest()[:40], "...")
