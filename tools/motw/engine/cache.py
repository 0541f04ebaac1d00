"""Results of runs, stored by cache key; safe for concurrent passes.

A result is a JSON file at ``<setup>/<fingerprint>.json``: what the run
printed and the effects it had on its working copy (the bytes it wrote
are in the blob store).  Each file is written atomically and never
rewritten with other content, so two passes writing at once cannot
corrupt it; a torn or unreadable entry is a miss, not an error; and a
result whose written bytes are gone is a miss too.  A pass also keeps
its own results in memory, so that its parallel runs can answer for
each other even when the disk cache is off.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Mapping
from pathlib import Path

from ..atomic import atomic_write
from .key import Fingerprint
from .state import Effects, State
from .workcopy import BlobStore, replayable

BLOBS_DIR = "blobs"


@dataclasses.dataclass(frozen=True)
class RunResult:
    """What one run printed, and how it ended."""

    output: str
    status: int
    duration: float
    timed_out: bool = False
    truncated: bool = False
    replaced_bytes: int = 0  # bytes that were not valid UTF-8

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Mapping) -> RunResult:
        return cls(**data)


@dataclasses.dataclass(frozen=True)
class Recorded:
    """A run as the cache and the lock file remember it."""

    fingerprint: Fingerprint
    effects: Effects
    result: RunResult

    def to_json(self) -> dict:
        return {
            "fingerprint": self.fingerprint.to_json(),
            "effects": self.effects,
            "result": self.result.to_json(),
        }

    @classmethod
    def from_json(cls, data: Mapping) -> Recorded:
        return cls(
            Fingerprint.from_json(data["fingerprint"]),
            dict(data["effects"]),
            RunResult.from_json(data["result"]),
        )


class ExecutionCache:
    """The results of runs by setup key, answering for a starting state."""

    def __init__(self, folder: Path | None, read: bool = True):
        self.folder = folder  # None: remember only in memory, for this pass
        self.read = read  # False: don't trust what earlier passes stored
        self.blobs = BlobStore(folder / BLOBS_DIR if folder else None)
        self.memory: dict[str, list[Recorded]] = {}
        self.loaded: set[str] = set()  # setups whose stored results were read
        self.lock = threading.Lock()

    def lookup(self, setup: str, state: State) -> Recorded | None:
        """A recorded run with this setup whose fingerprint holds in *state*."""
        if self.read and self.folder and setup not in self.loaded:
            self._load(setup)
        with self.lock:
            candidates = list(self.memory.get(setup, ()))
        for recorded in candidates:
            if recorded.fingerprint.matches(state):
                return recorded
        return None

    def _load(self, setup: str) -> None:
        """Read what earlier passes stored for *setup*, once a pass."""
        assert self.folder is not None
        self.loaded.add(setup)
        try:
            paths = sorted((self.folder / setup[:2] / setup).iterdir())
        except OSError:
            return
        for path in paths:
            try:
                recorded = Recorded.from_json(json.loads(path.read_text("utf-8")))
            except (OSError, ValueError, TypeError, KeyError):
                continue  # torn or foreign: a miss, not an error
            if replayable(recorded.effects, self.blobs):
                self._remember(setup, recorded)

    def _remember(self, setup: str, recorded: Recorded) -> None:
        with self.lock:
            self.memory.setdefault(setup, []).append(recorded)

    def put(self, setup: str, recorded: Recorded) -> None:
        """Remember a run; a timeout says more about the machine than the
        script, so it is kept for this pass only."""
        self._remember(setup, recorded)
        if self.folder is None or recorded.result.timed_out:
            return
        path = self.folder / setup[:2] / setup / f"{recorded.fingerprint.digest}.json"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, json.dumps(recorded.to_json(), sort_keys=True), durable=False)
        except OSError:
            pass  # a full disk or a read-only cache: the pass goes on, uncached
