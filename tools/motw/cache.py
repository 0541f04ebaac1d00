"""The execution cache: one JSON file per execution key.

A run whose inputs have not changed is not run again.  Entries are
written atomically, so parallel workers and interrupted passes never
leave a torn entry; a corrupt entry is a miss, not an error.
"""

from __future__ import annotations

import json
from pathlib import Path

from .atomic import atomic_write
from .execution import RunResult
from .snapshot import FILE_DIGESTS


class ExecutionCache:
    def __init__(self, folder: Path | None):
        self.folder = folder  # None: a cache that remembers nothing

    @property
    def file_digests_path(self) -> Path | None:
        """Where the digests of unchanged files are remembered."""
        return self.folder / FILE_DIGESTS if self.folder else None

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> RunResult | None:
        if self.folder is None:
            return None
        try:
            return RunResult.from_json(json.loads(self._path(key).read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def put(self, key: str, result: RunResult) -> None:
        if self.folder is None or result.timed_out:
            return  # a timeout says more about the machine than the script
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(result.to_json(), sort_keys=True))
