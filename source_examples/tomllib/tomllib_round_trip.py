#!/usr/bin/env python3
# encoding: utf-8
"""Reading loses comments and layout: why a writer is hard."""

#end_pymotw_header
import json
import tomllib

original = """\
# Keep this in sync with the server.
[server]
port = 8_080          # the proxy's port
hosts = ["a", "b"]    # tried in order
"""
data = tomllib.loads(original)
print(data)


def dump(tables):
    """Write a dict of dicts of simple values back as TOML."""
    lines = []
    for table, values in tables.items():
        lines.append(f"[{table}]")
        for key, value in values.items():
            lines.append(f"{key} = {json.dumps(value)}")
    return "\n".join(lines) + "\n"


written = dump(data)
print(written, end="")
print("same data:", tomllib.loads(written) == data)
