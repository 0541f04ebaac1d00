#!/usr/bin/env python3
# encoding: utf-8
"""Default values, and default_factory for mutable ones."""

#end_pymotw_header
import dataclasses

try:
    @dataclasses.dataclass
    class Broken:
        tags: list = []
except ValueError as exc:
    print('ValueError:', exc)


@dataclasses.dataclass
class Task:
    title: str
    priority: int = 3
    tags: list[str] = dataclasses.field(default_factory=list)


a = Task('write docs')
b = Task('fix bug', priority=1)
a.tags.append('docs')
print(a)
print(b)                  # b got a list of its own
