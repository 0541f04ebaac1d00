"""The one digest function, and digests of files remembered by stat.

Cheap to import on purpose: the check of an unchanged site needs only
this, the project layout and the lock files.
"""

from __future__ import annotations

import importlib
import json
import os
import time
from pathlib import Path

from .atomic import load_record, save_record


def _sha256():
    """CPython's own SHA-256: importing hashlib loads OpenSSL, a cost every
    warm pass would pay.  The module is ``_sha2`` from 3.12, ``_sha256`` before."""
    for name in ("_sha2", "_sha256"):
        try:
            return importlib.import_module(name).sha256
        except ImportError:
            continue
    import hashlib  # pragma: no cover - another implementation

    return hashlib.sha256


sha256 = _sha256()


def digest(value: object) -> str:
    """A short, stable digest of bytes, text or JSON-able data."""
    if isinstance(value, str):
        data = value.encode()
    elif isinstance(value, bytes):
        data = value
    else:
        data = json.dumps(value, sort_keys=True).encode()
    return sha256(data).hexdigest()[:20]


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
        self.entries: dict[str, list] = load_record(path) or {}
        self.changed = False
        self.now = time.time()

    def digest(self, file: str, stat: os.stat_result | None = None) -> str:
        """The digest of the bytes of *file* (an absolute path), whose
        *stat* the caller may have taken already."""
        stat = stat or os.stat(file)
        key = [stat.st_size, stat.st_mtime_ns]
        entry = self.entries.get(file)
        if entry and entry[:2] == key:
            return str(entry[2])
        with open(file, "rb") as stream:
            value = digest(stream.read())
        if self.path is not None and self.now - stat.st_mtime > self.RACY:
            self.entries[file] = [*key, value]
            self.changed = True
        return value

    def save(self) -> None:
        if self.changed and save_record(self.path, self.entries):
            self.changed = False
