"""Where things live: pages, example folders, and the one folder walk.

``docs/<chapter>/page.rst`` takes its scripts from
``source_examples/<chapter>/``: the folder names match.  A page that is
not under such a ``docs`` folder (a standalone chapter, PyMOTW style)
takes them from its own folder.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

DOCS_DIR = "docs"
EXAMPLES_DIR = "source_examples"
MARKERS = "{{{cog }}} {{{end}}}"  # cogapp's --markers, as pages use them
COG_BEGIN, COG_END, OUTPUT_END = MARKERS.split()
LOCK_NAME = "transcripts.lock"
STATE_DIR = Path(".cache")  # of the project: the tree lock, the preview's state
DEFAULT_CACHE = STATE_DIR / "transcripts"
CACHE_VARIABLE = "MOTW_CACHE_DIR"


def cache_folder(root: Path | None = Path(".")) -> Path | None:
    """Where runs are cached: ``$MOTW_CACHE_DIR`` if set, else the
    project's ``.cache/transcripts`` (no *root*: nothing is cached)."""
    configured = os.environ.get(CACHE_VARIABLE)
    if configured:
        return Path(configured)
    return root / DEFAULT_CACHE if root is not None else None


def cog_outputs(text: str) -> dict[int, str]:
    """The output of each cog block of *text* (LF line endings, blocks as
    cogapp wants them), by the line of its first marker, read as cogapp
    reads it: the pass and the site find a page's blocks with this."""
    lines = list(io.StringIO(text))
    found = {}
    number = 0
    while number < len(lines):
        line = lines[number]
        number += 1
        if COG_BEGIN not in line:
            continue
        first = number
        while number < len(lines) and (COG_END not in line or OUTPUT_END in line):
            line = lines[number]  # the code, up to its end marker
            number += 1
        start = number
        while number < len(lines) and OUTPUT_END not in lines[number]:
            number += 1
        found[first] = "".join(lines[start:number])
    return found


def ignored(name: str) -> bool:
    """The one skip rule of every walk: hidden files and Python's caches."""
    return name.startswith(".") or name == "__pycache__" or name.endswith(".pyc")


def walk(root: str | os.PathLike, suffix: str = "") -> Iterator[str]:
    """Paths (``/``-separated, relative to *root*) of the files under it,
    sorted, skipping what :func:`ignored` says at any depth *below* root
    (so a checkout inside a hidden folder is walked like any other)."""
    found: list[str] = []
    _visit(os.path.abspath(root), "", suffix, found)
    return iter(sorted(found))


def _visit(folder: str, prefix: str, suffix: str, found: list[str]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return  # gone or unreadable: nothing to walk (as os.walk)
    for entry in entries:
        if ignored(entry.name):
            continue
        if entry.is_dir():
            if not entry.is_symlink():  # a linked folder is not walked into
                _visit(entry.path, f"{prefix}{entry.name}/", suffix, found)
        elif entry.name.endswith(suffix):
            found.append(prefix + entry.name)


def example_dir_for(page: str | os.PathLike) -> Path:
    """The folder holding the scripts of *page*."""
    page_dir = Path(os.path.abspath(page)).parent
    for ancestor in (page_dir, *page_dir.parents):
        if ancestor.name == DOCS_DIR and (ancestor.parent / EXAMPLES_DIR).is_dir():
            return ancestor.parent / EXAMPLES_DIR / page_dir.relative_to(ancestor)
    return page_dir


def project_root_for(page: str | os.PathLike) -> Path:
    """The project folder (the parent of ``docs``), or the page's folder."""
    page_dir = Path(os.path.abspath(page)).parent
    for ancestor in (page_dir, *page_dir.parents):
        if ancestor.name == DOCS_DIR and (ancestor.parent / EXAMPLES_DIR).is_dir():
            return ancestor.parent
    return page_dir


def display_path(path: str | os.PathLike) -> str:
    """A path as a person wants to read it: relative to here if inside."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return absolute if relative.startswith("..") else relative


def read_pages(paths: Iterable[str | Path]) -> list[tuple[Path, bytes]]:
    """The ``.rst`` pages under *paths* that hold cog blocks, with their
    bytes.  A page named on its own must exist."""
    marker = COG_BEGIN.encode()
    found: dict[Path, bytes] = {}
    for path in map(Path, paths):
        if not path.is_dir():
            found[path] = path.read_bytes()
            continue
        for name in walk(path, ".rst"):
            page = path / name
            data = page.read_bytes()
            if marker in data:
                found[page] = data
    return list(found.items())


def find_pages(paths: Iterable[str | Path]) -> list[Path]:
    """The pages of :func:`read_pages`, in order."""
    return [page for page, _ in read_pages(paths)]
