"""Digests of files and folders, light enough for the fast path.

Everything here is cheap to import: the check of an unchanged site
(:mod:`motw.freshness`) needs only this and the lock file.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from pathlib import Path

from . import __version__
from .environment import FIXED, interpreter_version

# Bump when a change to execution or formatting changes transcripts.
FORMAT_REVISION = 1


def digest(value) -> str:
    """A short, stable digest of bytes, text or JSON-able data."""
    if isinstance(value, str):
        value = value.encode()
    elif not isinstance(value, bytes):
        value = json.dumps(value, sort_keys=True).encode()
    return hashlib.sha256(value).hexdigest()[:20]


class FolderSnapshot:
    """The files of one example folder, each read and digested once."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.digests: dict[str, str] = {}
        self._texts: dict[str, bytes] = {}
        for name in _files(folder):
            with open(os.path.join(folder, name), "rb") as stream:
                data = stream.read()
            self.digests[name] = digest(data)
            if name.endswith(".py"):
                self._texts[name] = data
        self.folder_digest = digest(self.digests)  # of every file: any change shows

    @functools.cached_property
    def _graph(self) -> tuple[dict[str, set[str]], list[str]]:
        """Which modules each Python file mentions, and the files that
        always count (data files and packages)."""
        words = {
            name: set(re.findall(r"\w+", data.decode("utf-8", "replace")))
            for name, data in self._texts.items()
        }
        modules = {name[:-3]: name for name in words if "/" not in name}
        mentions = {
            name: {modules[word] for word in found & modules.keys()} - {name}
            for name, found in words.items()
        }
        return mentions, sorted(set(self.digests) - set(modules.values()))

    def related(self, named: tuple[str, ...]) -> dict[str, str]:
        """Digests of the files besides *named* that their run may use:
        data files and packages always, top-level modules when mentioned
        (transitively), so one example's edit re-runs only that example."""
        mentions, always = self._graph
        seen: set[str] = set()
        queue = [name for name in named if name in mentions]
        while queue:
            for module in mentions[queue.pop()] - seen:
                seen.add(module)
                queue.append(module)
        wanted = (set(always) | seen) - set(named)
        return {name: self.digests[name] for name in sorted(wanted)}


def _files(folder: Path) -> list[str]:
    """The files of *folder*, relative and sorted, without hidden ones or caches."""
    found = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        relative = os.path.relpath(top, folder)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        found.extend(
            prefix + name
            for name in files
            if not name.startswith(".") and not name.endswith(".pyc")
        )
    return sorted(found)


def runtime() -> str:
    """What every run of this pass shares: interpreter, environment, tool."""
    return digest([interpreter_version(), FIXED, __version__, FORMAT_REVISION])
