#!/usr/bin/env python3
# encoding: utf-8
"""The position attributes of TOMLDecodeError (3.14)."""

#end_pymotw_header
import tomllib

with open("broken.toml", "rb") as file:
    text = file.read().decode()
try:
    tomllib.loads(text)
except tomllib.TOMLDecodeError as error:
    print(f"broken.toml:{error.lineno}:{error.colno}: {error.msg}")
    print("   ", text.splitlines()[error.lineno - 1])
    print("   ", " " * (error.colno - 1) + "^")
    print("pos:", error.pos, repr(error.doc[error.pos:error.pos + 4]))
