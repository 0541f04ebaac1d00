"""The cache key: what a run could see, and nothing else.

This module is the one place that decides when two runs are the same.
A run is known by two parts:

**the setup** (:func:`setup_of`), compared as a whole: the command
line, the interpreter and its exact version, the distributions installed
in its environment, the fixed environment, the name of the working
folder (scripts can see it) and ``EXECUTION_REVISION``;

**the fingerprint** (:class:`Fingerprint`), taken from the run's trace
against the state of the working copy it started in: the entry of each
path it opened or stat-ed (or that it was absent), the entries of each
folder it listed, or, for a run the tracer could not follow (a shell
command, a non-Python child), the whole working copy.

A recorded run answers for a new one when the setups are equal and the
fingerprint, evaluated on the new run's starting state, is unchanged.
So editing one independent script re-runs only that script, editing the
script that creates a database re-runs it and every later run that reads
the database, and a run sees no edit it could not have seen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ..digests import digest
from . import revisions
from .environment import fixed_digest
from .state import State, listing
from .tracing import Trace

if TYPE_CHECKING:
    from .interpreters import Interpreter


def setup_components(command: str, interpreter: Interpreter, example_dir: Path) -> dict[str, str]:
    """The parts of the setup of *command* run on *interpreter* from
    *example_dir*, by name (named so a change can be explained)."""
    return {
        "command": command,
        "interpreter": interpreter.implementation,
        "packages": interpreter.packages,
        "environment": fixed_digest(),
        "folder": example_dir.name,
        "revision": str(revisions.EXECUTION_REVISION),
    }


def setup_of(command: str, interpreter: Interpreter, example_dir: Path) -> str:
    """The setup key: every part of :func:`setup_components`, as one digest."""
    return digest(setup_components(command, interpreter, example_dir))


@dataclasses.dataclass(frozen=True)
class Fingerprint:
    reads: Mapping[str, str | None]  # path -> entry it had, None if absent
    lists: Mapping[str, str]  # folder -> digest of its listing
    whole: str | None = None  # digest of every entry, for an opaque run

    @classmethod
    def of(cls, trace: Trace, state: State) -> Fingerprint:
        """The fingerprint of a run with *trace* that started in *state*."""
        if trace.opaque:
            return cls({}, {}, digest(dict(state)))
        reads = {path: _entry(state, path) for path in sorted(trace.reads)}
        lists = {folder: listing(state, folder) for folder in sorted(trace.lists)}
        return cls(reads, lists)

    def matches(self, state: State) -> bool:
        return not self.differences(state, first_only=True)

    def differences(self, state: State, first_only: bool = False) -> list[tuple[str, str]]:
        """``(kind, path)`` of what is not as recorded: ``("read", path)``,
        ``("list", folder)`` or ``("whole", ".")``."""
        found: list[tuple[str, str]] = []
        if self.whole is not None:
            if digest(dict(state)) != self.whole:
                found.append(("whole", "."))
            return found
        for path, entry in self.reads.items():
            if _entry(state, path) != entry:
                found.append(("read", path))
                if first_only:
                    return found
        for folder, recorded in self.lists.items():
            if listing(state, folder) != recorded:
                found.append(("list", folder))
                if first_only:
                    return found
        return found

    def to_json(self) -> dict:
        data: dict = {"reads": dict(self.reads), "lists": dict(self.lists)}
        if self.whole is not None:
            data["whole"] = self.whole
        return data

    @classmethod
    def from_json(cls, data: Mapping) -> Fingerprint:
        return cls(dict(data["reads"]), dict(data["lists"]), data.get("whole"))

    @property
    def digest(self) -> str:
        return digest(self.to_json())


def _entry(state: State, path: str) -> str | None:
    if path == ".":
        return "d"
    return state.get(path)
