"""A working copy's files as digests, made real on disk, and what a run changed.

A *state* maps each path of a working copy (``/``-separated, relative)
to an *entry*: ``"d"`` for a folder, ``"l:<target>"`` for a symbolic
link, and for a file the digest of its bytes, with ``":<mode>"`` added
when its permissions are not ``644``.  A page session starts from the
state of its example folder as committed and moves on by each run's
*effects* (the entries it changed; ``None`` for a path it removed).
Bytes written by runs are kept in a :class:`BlobStore` by digest, so a
state can be made real again without running anything.
"""

from __future__ import annotations

import os
import shutil
import stat as stat_module
from collections.abc import Mapping
from pathlib import Path

from ..atomic import atomic_write
from ..digests import FileDigests, digest
from ..project import walk

State = Mapping[str, str]
Effects = dict[str, str | None]
DIR = "d"
LINK = "l:"


def file_entry(content_digest: str, mode: int) -> str:
    permissions = mode & 0o7777
    return content_digest if permissions == 0o644 else f"{content_digest}:{permissions:o}"


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
        state[name] = file_entry(files.digest(path, info), info.st_mode)
        parts = name.split("/")
        for depth in range(1, len(parts)):
            state["/".join(parts[:depth])] = DIR
    return dict(sorted(state.items()))


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


def apply_to_disk(
    workdir: Path,
    effects: Mapping[str, str | None],
    source: Path,
    committed: State,
    blobs: BlobStore,
) -> None:
    """Bring a working copy forward by *effects* (a cached run's)."""
    for path, entry in sorted(effects.items(), key=lambda item: (item[1] is not None, item[0])):
        target = workdir / path
        if entry is None:
            if target.is_symlink() or target.is_file():
                target.unlink()
            elif target.is_dir():
                shutil.rmtree(target)
            continue
        if target.is_symlink() or (target.exists() and not target.is_dir()):
            target.unlink()
        if entry == DIR:
            target.mkdir(parents=True, exist_ok=True)
            continue
        if target.is_dir():
            shutil.rmtree(target)
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
