"""General index entries for the names each example script demonstrates.

In a chapter (``docs/<module>/``), every Python script shown with
``literalinclude`` is read (with :mod:`ast`, nothing is run) for the
names of the chapter's module it uses: ``itertools.batched(...)``,
``from asyncio import TaskGroup``, ``conn.row_factory = sqlite3.Row``.
Each becomes an entry of the general index, ``batched (itertools)``,
with the script as a sub-entry linking to the example on its page.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform


def dotted(node: ast.expr) -> str | None:
    """``a.b.c`` for an attribute chain on a name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return ".".join([node.id, *reversed(parts)])


def is_submodule(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def split_name(module: str, full: str) -> tuple[str, str] | None:
    """``("itertools", "itertools.batched")`` -> ``("batched", "itertools")``;
    a name in a submodule is given with it: ``("RotatingFileHandler", "logging.handlers")``."""
    if not full.startswith(module + "."):
        return None
    rest = full[len(module) + 1 :].split(".")
    owner = module
    if len(rest) > 1 and is_submodule(f"{module}.{rest[0]}"):
        owner = f"{module}.{rest[0]}"
        rest = rest[1:]
    name = rest[0]
    return None if name.startswith("_") else (name, owner)


def demonstrated_names(source: str, module: str) -> list[tuple[str, str]]:
    """The (name, owning module) pairs of *module* that a script's *source* uses."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    aliases: dict[str, str] = {}  # local name -> the dotted name it stands for
    found: dict[tuple[str, str], None] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == module or alias.name.startswith(module + "."):
                    if alias.asname:
                        aliases[alias.asname] = alias.name
                    else:
                        top = alias.name.partition(".")[0]
                        aliases[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == module or node.module.startswith(module + "."):
                for alias in node.names:
                    pair = split_name(module, f"{node.module}.{alias.name}")
                    if pair:
                        found[pair] = None
                        aliases.setdefault(
                            alias.asname or alias.name, f"{node.module}.{alias.name}"
                        )
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            chain = dotted(node)
            if chain is None:
                continue
            first, _, rest = chain.partition(".")
            if first in aliases and rest:
                pair = split_name(module, f"{aliases[first]}.{rest}")
                if pair:
                    found[pair] = None
    return sorted(found, key=lambda pair: (pair[0].lower(), pair[1]))


class ExampleIndex(SphinxTransform):
    """Index the names of the chapter's module that each shown script uses."""

    default_priority = 420  # after the scripts' languages and downloads (400, 410)

    def apply(self, **kwargs) -> None:
        docname = self.env.docname
        if "/" not in docname:
            return
        module = docname.partition("/")[0]
        for block in list(self.document.findall(nodes.literal_block)):
            source = block.get("source", "")
            wrapper = block.parent
            if not source.endswith(".py") or not isinstance(wrapper, nodes.container):
                continue
            try:
                names = demonstrated_names(Path(source).read_text("utf-8"), module)
            except (OSError, UnicodeDecodeError):
                continue
            if not names:
                continue
            script = Path(source).name
            target = self.target_of(wrapper, script)
            entries = [
                ("single", f"{name} ({owner}); {script}", target, "", None) for name, owner in names
            ]
            index = addnodes.index(entries=entries, inline=False)
            wrapper.parent.insert(wrapper.parent.index(wrapper), index)

    def target_of(self, wrapper: nodes.Element, script: str) -> str:
        """The id of the example's block: its own name (``:name:``), else one made
        from the script's name (``example-json-round-trip-py``)."""
        if wrapper["names"] and wrapper["ids"]:
            return wrapper["ids"][0]
        base = nodes.make_id(f"example-{script}")
        target, number = base, 1
        while target in self.document.ids:
            number += 1
            target = f"{base}-{number}"
        wrapper["ids"].insert(0, target)  # the element's own id in HTML
        self.document.ids[target] = wrapper
        return target


def setup(app: Sphinx) -> None:
    app.add_transform(ExampleIndex)
