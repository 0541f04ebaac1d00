"""Is a page exactly as the pass last generated it?  Decided from the lock.

A page is *unchanged* when its text, the example folders its blocks use
and the runtime (interpreter, environment, tool) all have the digests the
lock file recorded when the page was written.  Such a page is fresh
without running cogapp or anything else; every other page is planned in
full by :mod:`motw.cogpass`.  Importing this module is cheap on purpose:
it is all a warm pass or a passing check needs.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from .lockfile import LockFile
from .snapshot import FileDigests, FolderSnapshot, digest, runtime


class Freshness:
    def __init__(self, snapshot: Callable[[Path], FolderSnapshot]):
        self.snapshot = snapshot
        self.locks: dict[Path, LockFile] = {}

    def lock(self, folder: Path) -> LockFile:
        if folder not in self.locks:
            self.locks[folder] = LockFile(folder)
        return self.locks[folder]

    def unchanged(self, path: Path, text: str) -> int | None:
        """How many transcripts an unchanged page holds; None if it changed."""
        lock = self.lock(path.parent)
        source = lock.source(path.name)
        if not source or source["text"] != digest(text) or source["runtime"] != runtime():
            return None
        for relative, recorded in source["folders"].items():
            folder = Path(os.path.normpath(path.parent / relative))
            if not folder.is_dir() or self.snapshot(folder).folder_digest != recorded:
                return None
        return sum(len(block["runs"]) for block in lock.page(path.name) or [])

    def source_record(self, path: Path, text: str, folders: Iterable[Path]) -> dict:
        """What the lock keeps to recognise the page as unchanged later."""
        return {
            "text": digest(text),
            "runtime": runtime(),
            "folders": {
                os.path.relpath(folder, path.parent): self.snapshot(folder).folder_digest
                for folder in sorted(set(folders))
            },
        }


def all_unchanged(pages: Iterable[tuple[Path, str]], files: FileDigests) -> dict[Path, int] | None:
    """Transcript counts by page if every page is unchanged, else None."""
    freshness = Freshness(functools.lru_cache(maxsize=None)(lambda f: FolderSnapshot(f, files)))
    counts = {}
    for path, text in pages:
        count = freshness.unchanged(path, text)
        if count is None:
            return None
        counts[path] = count
    return counts
