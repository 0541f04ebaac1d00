"""Where things live: a chapter page and its example folder.

``docs/<chapter>/page.rst`` takes its scripts from
``source_examples/<chapter>/``: the folder names match.  A page that is
not under such a ``docs`` folder (a standalone chapter, PyMOTW style)
takes them from its own folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

DOCS_DIR = "docs"
EXAMPLES_DIR = "source_examples"
MARKERS = "{{{cog }}} {{{end}}}"  # cogapp's --markers, as pages use them
COG_BEGIN = MARKERS.split()[0]


def example_dir_for(chapter_file: str | os.PathLike) -> Path:
    """Return the folder holding the scripts of *chapter_file*."""
    page_dir = Path(os.path.abspath(chapter_file)).parent
    for ancestor in (page_dir, *page_dir.parents):
        if ancestor.name == DOCS_DIR and (ancestor.parent / EXAMPLES_DIR).is_dir():
            return ancestor.parent / EXAMPLES_DIR / page_dir.relative_to(ancestor)
    return page_dir


def project_root_for(chapter_file: str | os.PathLike) -> Path:
    """Return the project folder (the parent of ``docs``), or the page's."""
    examples = example_dir_for(chapter_file)
    for ancestor in examples.parents:
        if ancestor.name == EXAMPLES_DIR:
            return ancestor.parent
    return examples


def display_path(path: str | os.PathLike) -> str:
    """A path as a person wants to read it: relative to here if inside."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return absolute if relative.startswith("..") else relative


def find_pages(paths: Iterable[str | Path]) -> list[Path]:
    """The ``.rst`` pages under *paths* that hold cog blocks, in order."""
    return [page for page, _ in read_pages(paths)]


def read_pages(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Each page of :func:`find_pages` with its text (a named page must exist)."""
    found: dict[Path, str] = {}
    for path in map(Path, paths):
        if not path.is_dir():
            found[path] = path.read_text("utf-8", "replace")
            continue
        candidates = sorted(
            p
            for p in path.rglob("*.rst")
            if not any(part.startswith((".", "_")) for part in p.relative_to(path).parts)
        )
        for page in candidates:
            text = page.read_text("utf-8", "replace")
            if COG_BEGIN in text:
                found[page] = text
    return list(found.items())
