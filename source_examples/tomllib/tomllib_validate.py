#!/usr/bin/env python3
# encoding: utf-8
"""Checking the types of settings after loading."""

#end_pymotw_header
import tomllib

EXPECTED = {"default-minutes": (int, float), "strengths": dict}


def settings(text):
    table = tomllib.loads(text).get("tool", {}).get("tea-timer", {})
    for key, value in table.items():
        if key not in EXPECTED:
            raise ValueError(f"tool.tea-timer: unknown setting {key!r}")
        if not isinstance(value, EXPECTED[key]):
            raise ValueError(f"tool.tea-timer.{key}: wrong type"
                             f" {type(value).__name__}")
    return table


for text in (
    "[tool.tea-timer]\ndefault-minutes = 4",
    "[tool.tea-timer]\ndefault-minutes = '4'",
    "[tool.tea-timer]\ndefault-minute = 4",
):
    try:
        print(settings(text))
    except ValueError as error:
        print("ValueError:", error)
