"""One pass at a time on a project: a lock on the tree.

A pass that writes takes ``.cache/motw.lock`` (``flock``) for the whole
of its run; a second pass (the live preview syncing while the author
runs ``make cog``, or a second terminal) waits for it, saying so, and
gives up with a clear error after ``WAIT`` seconds.  Checks take the lock
shared, so they never read a half-written set of pages and lock files.
The kernel drops the lock when a pass dies, however it dies.

The holder's name in the file is a courtesy to whoever waits: a full
disk that cannot take it does not stop the pass.  A tree that cannot be
written at all (a read-only checkout) can still be checked: a check
then takes the lock through a read-only handle, or goes without it when
there is none, since no pass can write that tree either; a pass that
writes says clearly that it cannot take the lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import MotwError, TreeBusy
from ..project import display_path

LOCK_FILE = "motw.lock"
WAIT = 600.0


@contextlib.contextmanager
def holding(
    folder: Path, exclusive: bool = True, say: Callable[[str], None] = print, wait: float = WAIT
) -> Iterator[None]:
    path = folder / LOCK_FILE
    fd = _open(path, exclusive)
    if fd is None:
        yield
        return
    try:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another pass"
            say(f"waiting for {holder} to finish (it holds {path})")
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(fd, mode | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise TreeBusy(
                            f"{holder} still holds the tree after {wait:g} s; try again later",
                            display_path(path),
                        ) from None
                    time.sleep(0.1)
        if exclusive:
            _sign(fd)
        yield
    finally:
        os.close(fd)


def _open(path: Path, exclusive: bool) -> int | None:
    """A handle on the lock file; None for a check of a tree where it
    neither exists nor can be made (see the module docstring)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        if exclusive:
            raise MotwError(
                f"cannot take the lock on the tree, so no pass can write it: {error.strerror}",
                display_path(path),
            ) from None
    try:
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None


def _sign(fd: int) -> None:
    """Write who holds the lock, for those who wait (a courtesy only)."""
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"the pass of pid {os.getpid()}\n".encode(), 0)
    except OSError:
        pass
