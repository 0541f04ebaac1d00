"""Digests of files and folders, light enough for the fast path.

Everything here is cheap to import: the check of an unchanged site
(:mod:`motw.freshness`) needs only this and the lock file.
"""

from __future__ import annotations

import functools
import json
import os
import re
import time
from pathlib import Path

from . import __version__
from .environment import FIXED, interpreter_version

try:  # CPython's own SHA-256: importing hashlib loads OpenSSL, a cost
    from _sha2 import sha256  # every warm pass would pay (3.12+)
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha256 import sha256  # 3.11
    except ImportError:
        from hashlib import sha256

# Bump when a change to execution or formatting changes transcripts.
FORMAT_REVISION = 1
FILE_DIGESTS = "files.json"  # FileDigests' record, in the cache folder


def digest(value) -> str:
    """A short, stable digest of bytes, text or JSON-able data."""
    if isinstance(value, str):
        value = value.encode()
    elif not isinstance(value, bytes):
        value = json.dumps(value, sort_keys=True).encode()
    return sha256(value).hexdigest()[:20]


class FileDigests:
    """Digests of files, remembered by size and modification time.

    As git's index does, a file whose size and mtime are as recorded is
    not read again; the record lives in a local, git-ignored cache file.
    A file modified less than ``RACY`` seconds before it was recorded is
    not remembered: a same-size rewrite within the clock's granularity
    would otherwise look unchanged.
    """

    RACY = 2.0

    def __init__(self, path: Path | None = None):
        self.path = path
        self.entries: dict[str, list] = {}
        self.changed = False
        if path is not None:
            try:
                self.entries = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError):
                pass
        self.now = time.time()

    def digest(self, file: str) -> tuple[str, bytes | None]:
        """The digest of *file*, and its bytes when they had to be read."""
        stat = os.stat(file)
        key = [stat.st_size, stat.st_mtime_ns]
        entry = self.entries.get(file)
        if entry and entry[:2] == key:
            return entry[2], None
        with open(file, "rb") as stream:
            data = stream.read()
        value = digest(data)
        if self.path is not None and self.now - stat.st_mtime > self.RACY:
            self.entries[file] = [*key, value]
            self.changed = True
        return value, data

    def save(self) -> None:
        if self.changed and self.path is not None:
            from .atomic import atomic_write

            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, json.dumps(self.entries))
            self.changed = False


class FolderSnapshot:
    """The files of one example folder, each digested once."""

    def __init__(self, folder: Path, files: FileDigests | None = None):
        self.folder = folder
        self.digests: dict[str, str] = {}
        files = files or FileDigests()
        base = os.path.abspath(folder) + os.sep
        for name in _files(base):
            self.digests[name], _ = files.digest(base + name)
        self.folder_digest = digest(self.digests)  # of every file: any change shows

    @functools.cached_property
    def _graph(self) -> tuple[dict[str, set[str]], list[str]]:
        """Which modules each Python file mentions, and the files that
        always count (data files and packages)."""
        words = {
            name: set(re.findall(r"\w+", (self.folder / name).read_text("utf-8", "replace")))
            for name in self.digests
            if name.endswith(".py")
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


def _files(base: str) -> list[str]:
    """The files under the folder *base* (ending in a separator), relative
    and sorted, without hidden ones or caches."""
    found = []
    for top, dirs, files in os.walk(base):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        prefix = top[len(base) :].replace(os.sep, "/")
        prefix = prefix + "/" if prefix else ""
        found.extend(
            prefix + name
            for name in files
            if not name.startswith(".") and not name.endswith(".pyc")
        )
    return sorted(found)


def runtime() -> str:
    """What every run of this pass shares: interpreter, environment, tool."""
    return digest([interpreter_version(), FIXED, __version__, FORMAT_REVISION])
