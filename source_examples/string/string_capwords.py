#!/usr/bin/env python3
# encoding: utf-8
"""capwords() compared with str.title()."""

#end_pymotw_header
import string

texts = ["the quick  brown fox", "o'neill's guide", "rock-and-roll hall"]
for text in texts:
    print(f"{text!r:24} title():    {text.title()!r}")
    print(f"{'':24} capwords(): {string.capwords(text)!r}")
print(string.capwords("rock-and-roll hall", "-"))
