#!/usr/bin/env python3
# encoding: utf-8
"""Annotations that name a class not defined yet (deferred in 3.14)."""

#end_pymotw_header
import dataclasses

try:
    @dataclasses.dataclass
    class Node:
        value: int
        children: list[Node] = dataclasses.field(default_factory=list)
        parent: Node | None = None

    tree = Node(1, [Node(2), Node(3)])
    print(tree.children[0])
    print(dataclasses.fields(Node)[1].type)
except NameError as exc:
    print('NameError:', exc)
