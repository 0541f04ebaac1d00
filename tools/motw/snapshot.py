"""Digests of files and folders, light enough for the fast path.

Everything here is cheap to import: the check of an unchanged site
(:mod:`motw.freshness`) needs only this and the lock file.
"""

from __future__ import annotations

import hashlib
import json
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
        words: dict[str, set[str]] = {}
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_dir() or _hidden(relative):
                continue
            data = path.read_bytes()
            name = relative.as_posix()
            self.digests[name] = digest(data)
            if path.suffix == ".py":
                words[name] = set(re.findall(r"\w+", data.decode("utf-8", "replace")))
        # Top-level modules count for a script only when it mentions them.
        self.modules = {name[:-3]: name for name in words if "/" not in name}
        self.mentions = {
            name: {self.modules[w] for w in found & self.modules.keys()} - {name}
            for name, found in words.items()
        }
        # Data files and packages always count.
        self.always = sorted(set(self.digests) - set(self.modules.values()))
        self.folder_digest = digest(self.digests)  # of every file: any change shows

    def related(self, named: tuple[str, ...]) -> dict[str, str]:
        """Digests of the files besides *named* that their run may use."""
        seen: set[str] = set()
        queue = [name for name in named if name in self.mentions]
        while queue:
            for module in self.mentions[queue.pop()] - seen:
                seen.add(module)
                queue.append(module)
        wanted = (set(self.always) | seen) - set(named)
        return {name: self.digests[name] for name in sorted(wanted)}


def _hidden(relative: Path) -> bool:
    return any(
        part.startswith(".") or part == "__pycache__" or part.endswith(".pyc")
        for part in relative.parts
    )


def runtime() -> str:
    """What every run of this pass shares: interpreter, environment, tool."""
    return digest([interpreter_version(), FIXED, __version__, FORMAT_REVISION])
