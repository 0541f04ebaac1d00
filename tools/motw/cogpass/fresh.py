"""Is a page exactly as the pass last wrote it?  Decided from the lock, cheaply.

A page is *unchanged* when its bytes, its sidecar, the example folder
its runs use, the Pythons (their versions and installed packages) and
the engine are all as the lock file recorded when the page was written.
Such a page is current without running cogapp or anything else.  This
module is all a warm pass or a passing check imports: keep it light.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path

from ..digests import FileDigests, digest
from ..engine import revisions
from ..engine.state import committed_state
from . import sidecar
from .lockfile import LockFile, PageRecord
from .pythons import Pythons


def folder_digest(state: Mapping[str, str]) -> str:
    return digest(dict(state))


class Freshness:
    """The lock files and committed example folders of a pass, each read once."""

    def __init__(self, pythons: Pythons, files: FileDigests):
        self.pythons = pythons
        self.engine = revisions.signature()
        self.lockfiles: dict[Path, LockFile] = {}
        self.committed = functools.lru_cache(maxsize=None)(
            lambda folder: committed_state(folder, files)
        )

    def lockfile(self, folder: Path) -> LockFile:
        """The lock file of the pages in *folder* (``transcripts.lock``)."""
        if folder not in self.lockfiles:
            self.lockfiles[folder] = LockFile(folder, self.engine)
        return self.lockfiles[folder]

    def unchanged(self, path: Path, raw: bytes) -> PageRecord | None:
        """The page's record if nothing it depends on changed, else None."""
        lock = self.lockfile(path.parent)
        record = lock.page(path.name)
        if record is None or lock.problem or lock.recorded_engine != lock.engine:
            return None
        if record.text != digest(raw) or record.sidecar != sidecar.file_digest(path):
            return None
        for version, found in self.pythons.found.items():
            if record.pythons.get(version) != found.implementation:
                return None
            if record.packages.get(version) != found.packages:
                return None
        for relative, recorded in record.folders.items():
            folder = Path(os.path.normpath(path.parent / relative))
            if not folder.is_dir() or folder_digest(self.committed(folder)) != recorded:
                return None
        return record
