#!/usr/bin/env python3
# encoding: utf-8
"""Looking up project metadata in pyproject.toml."""

#end_pymotw_header
import tomllib
from pathlib import Path

data = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))
project = data["project"]
print(f"{project['name']} {project['version']}")
print("needs Python", project["requires-python"])
for requirement in project.get("dependencies", []):
    print("  requires", requirement)
for extra, requirements in project.get("optional-dependencies", {}).items():
    print(f"  [{extra}]", ", ".join(requirements))

# A tool's own table, with defaults for what is not there.
settings = data.get("tool", {}).get("tea-timer", {})
print("minutes:", settings.get("default-minutes", 3))
print("strengths:", settings.get("strengths", {}))
print("sound:", settings.get("sound", "bell"))
