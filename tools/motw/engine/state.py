"""A working copy's files as digests, and what a run changed.

A *state* maps each path of a working copy (``/``-separated, relative)
to an *entry*: ``"d"`` for a folder, ``"l:<target>"`` for a symbolic
link, and for a file the digest of its bytes, with ``":<mode>"`` added
when its permissions are not ``644``.  A page session starts from the
state of its example folder as committed (each file ``644`` or ``755``,
as git checks it out) and moves on by each run's
*effects* (the entries it changed; ``None`` for a path it removed).
Making a state real on disk is :mod:`.workcopy`'s job.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from ..digests import FileDigests, digest
from ..project import walk

State = Mapping[str, str]
Effects = dict[str, str | None]
DIR = "d"
LINK = "l:"


def file_entry(content_digest: str, mode: int) -> str:
    permissions = mode & 0o7777
    return content_digest if permissions == 0o644 else f"{content_digest}:{permissions:o}"


def as_committed(mode: int) -> int:
    """The mode git gives a file it checks out: executable or not, nothing
    more (umask and tools such as ``openssl`` make others locally)."""
    return 0o755 if mode & stat.S_IXUSR else 0o644


def content_of(entry: str) -> str:
    return entry.split(":", 1)[0]


def mode_of(entry: str) -> int:
    _, _, mode = entry.partition(":")
    return int(mode, 8) if mode else 0o644


def committed_state(folder: Path, files: FileDigests | None = None) -> dict[str, str]:
    """The state of an example folder as committed (the walk's skip rule)."""
    files = files or FileDigests()
    base = os.path.abspath(folder)
    state: dict[str, str] = {}
    for name in walk(base):
        path = os.path.join(base, name)
        info = os.stat(path)
        state[name] = file_entry(files.digest(path, info), as_committed(info.st_mode))
        parts = name.split("/")
        for depth in range(1, len(parts)):
            state["/".join(parts[:depth])] = DIR
    return dict(sorted(state.items()))


def effects_between(before: State, after: State) -> Effects:
    changed: Effects = {}
    for path in before.keys() | after.keys():
        if before.get(path) != after.get(path):
            changed[path] = after.get(path)
    return dict(sorted(changed.items(), key=lambda item: item[0]))


def apply_effects(state: State, effects: Mapping[str, str | None]) -> dict[str, str]:
    new = dict(state)
    for path, entry in effects.items():
        if entry is None:
            new.pop(path, None)
            prefix = path + "/"
            for inner in [p for p in new if p.startswith(prefix)]:
                del new[inner]
        else:
            new[path] = entry
    return dict(sorted(new.items()))


def listing(state: State, folder: str) -> str:
    """A digest of the entries a listing of *folder* shows (names and kinds)."""
    prefix = "" if folder == "." else folder + "/"
    names = sorted(
        (path[len(prefix) :], "d" if entry == DIR else "f")
        for path, entry in state.items()
        if path.startswith(prefix) and "/" not in path[len(prefix) :]
    )
    return digest(names)
