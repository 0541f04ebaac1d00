#!/usr/bin/env python3
# encoding: utf-8
"""Checking and cleaning text with the character classes."""

#end_pymotw_header
import string

ALLOWED = set(string.ascii_letters + string.digits + "-_")


def is_slug(text):
    return bool(text) and set(text) <= ALLOWED


for candidate in ("release-notes_2024", "café", "two words", ""):
    print(f"{candidate!r:22} slug: {is_slug(candidate)}")

# str.translate() with a table that deletes every punctuation mark.
strip_punctuation = str.maketrans("", "", string.punctuation)
print("Hello, world! (Really?)".translate(strip_punctuation))

# The constants are ASCII only, unlike the str methods.
print("٣".isdigit(), "٣" in string.digits)
