"""Working copies on disk: a state made real, scanned back, its bytes kept.

Bytes written by runs are kept in a :class:`BlobStore` by digest, so a
state (see :mod:`.state`) can be made real again without running
anything: a cached run's effects replay from it.
"""

from __future__ import annotations

import os
import shutil
import stat as stat_module
from collections.abc import Mapping
from pathlib import Path

from ..atomic import atomic_write
from ..digests import digest
from .state import DIR, LINK, Effects, State, content_of, file_entry, mode_of


def scan(workdir: Path) -> dict[str, str]:
    """The state of a working copy after a run (everything but caches)."""
    state: dict[str, str] = {}
    base = str(workdir)
    for top, dirs, files in os.walk(base):
        relative = os.path.relpath(top, base).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        kept = []
        for name in dirs:
            full = os.path.join(top, name)
            if name == "__pycache__":
                continue
            if os.path.islink(full):
                state[prefix + name] = LINK + os.readlink(full)
            else:
                state[prefix + name] = DIR
                kept.append(name)
        dirs[:] = kept
        for name in files:
            full = os.path.join(top, name)
            info = os.lstat(full)
            if stat_module.S_ISLNK(info.st_mode):
                state[prefix + name] = LINK + os.readlink(full)
            elif stat_module.S_ISREG(info.st_mode):
                with open(full, "rb") as stream:
                    state[prefix + name] = file_entry(digest(stream.read()), info.st_mode)
            # sockets, pipes: nothing a later run can read back
    return dict(sorted(state.items()))


class BlobStore:
    """File contents by digest: what runs wrote, to replay their effects.

    Kept in the cache folder, or, without one (or when it cannot be
    written: a full disk), in the pass's own scratch folder.
    """

    def __init__(self, folder: Path | None):
        self.folders: list[Path] = [folder] if folder else []

    def add_scratch(self, folder: Path) -> None:
        self.folders.append(folder)

    def _where(self, content: str) -> Path | None:
        for folder in self.folders:
            path = folder / content[:2] / content
            if path.is_file():
                return path
        return None

    def has(self, content: str) -> bool:
        return self._where(content) is not None

    def keep(self, source: Path, entry: str) -> None:
        content = content_of(entry)
        if self.has(content):
            return
        data = source.read_bytes()
        if digest(data) != content:
            raise OSError(f"{source} changed while it was being stored")
        error: OSError | None = None
        for folder in self.folders:
            target = folder / content[:2] / content
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(target, data, durable=False)
                return
            except OSError as problem:
                error = problem
        raise error or OSError("nowhere to keep what the run wrote")

    def read(self, entry: str) -> bytes:
        path = self._where(content_of(entry))
        if path is None:
            raise FileNotFoundError(f"the bytes of {entry} are no longer stored")
        return path.read_bytes()


def keep_effects(workdir: Path, effects: Effects, blobs: BlobStore) -> None:
    """Store the bytes of every file a run wrote."""
    for path, entry in effects.items():
        if entry is not None and entry != DIR and not entry.startswith(LINK):
            blobs.keep(workdir / path, entry)


def replayable(effects: Mapping[str, str | None], blobs: BlobStore) -> bool:
    return all(
        entry is None or entry == DIR or entry.startswith(LINK) or blobs.has(content_of(entry))
        for entry in effects.values()
    )


def make_real(
    workdir: Path, state: State, source: Path, committed: State, blobs: BlobStore
) -> None:
    """Create *state* in the empty folder *workdir*: committed files come
    from *source*, others from *blobs*."""
    workdir.mkdir(parents=True, exist_ok=True)
    for path, entry in state.items():
        target = workdir / path
        if entry == DIR:
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        _place(target, path, entry, source, committed, blobs)


def _place(target: Path, path: str, entry: str, source: Path, committed: State, blobs: BlobStore):
    if entry.startswith(LINK):
        os.symlink(entry[len(LINK) :], target)
        return
    if committed.get(path) == entry:
        shutil.copyfile(source / path, target)
    else:
        target.write_bytes(blobs.read(entry))
    os.chmod(target, mode_of(entry))
