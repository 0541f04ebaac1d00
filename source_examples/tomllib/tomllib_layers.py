#!/usr/bin/env python3
# encoding: utf-8
"""Layering a site's settings over the defaults."""

#end_pymotw_header
import tomllib
from pprint import pprint


def merge(base, override):
    """A copy of base with override's values, table by table."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


config = {}
for name in ("defaults.toml", "site.toml"):
    with open(name, "rb") as file:
        config = merge(config, tomllib.load(file))
pprint(config, sort_dicts=False)
