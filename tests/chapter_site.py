"""A small copy of the project, for tests that add a chapter and build it.

The copy has the real ``conf.py``, ``Makefile``, ``pyproject.toml``,
``docs/index.rst``, ``docs/whatsnew/index.rst`` and ``source_examples/ruff.toml``, and a symbolic
link to the real ``.venv``.  Every page that ``docs/index.rst`` lists is
a one-line stub unless asked for, so the chapters of the real site (and
other people's unfinished pages) play no part: what is built is the
chapter under test, with the real configuration.
"""

from __future__ import annotations

import re
import shutil
import socket
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOP_FILES = ("conf.py", "Makefile", "pyproject.toml")
TOCTREE = re.compile(r"^\.\. toctree::\n((?:[ \t]+.*\n|\n)*)", re.M)


def index_entries(index_text: str) -> list[str]:
    """The documents listed by the toctrees of an index page."""
    entries = []
    for body in TOCTREE.findall(index_text):
        for line in body.splitlines():
            word = line.strip()
            if word and not word.startswith(":"):
                entries.append(word)
    return entries


def make_site(root: Path, chapters: tuple[str, ...] = ()) -> Path:
    """Lay out the copy in *root*; *chapters* are copied for real."""
    (root / "docs").mkdir(parents=True)
    (root / "source_examples").mkdir()
    for name in TOP_FILES:
        shutil.copy2(REPO / name, root / name)
    shutil.copy2(REPO / "source_examples" / "ruff.toml", root / "source_examples")
    index = (REPO / "docs" / "index.rst").read_text("utf-8")
    (root / "docs" / "index.rst").write_text(index, "utf-8")
    # The what's-new pages are made by the pass from the chapters there are:
    # their hand-written index (a stub would list none of them).
    (root / "docs" / "whatsnew").mkdir()
    shutil.copy2(REPO / "docs" / "whatsnew" / "index.rst", root / "docs" / "whatsnew")
    for chapter in chapters:
        for top in ("docs", "source_examples"):
            shutil.copytree(
                REPO / top / chapter,
                root / top / chapter,
                ignore=shutil.ignore_patterns("__pycache__"),
            )
    for entry in index_entries(index):
        page = root / "docs" / f"{entry}.rst"
        if not page.exists():
            page.parent.mkdir(parents=True, exist_ok=True)
            title = f"Stub for {entry}"
            page.write_text(f"{title}\n{'=' * len(title)}\n\nA stub.\n", "utf-8")
    (root / ".venv").symlink_to(REPO / ".venv")
    return root


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
