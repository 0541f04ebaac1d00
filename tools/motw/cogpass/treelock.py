"""One pass at a time on a project: a lock on the tree.

A pass that writes takes ``.cache/motw.lock`` (``flock``) for the whole
of its run; a second pass (the live preview syncing while the author
runs ``make cog``, or a second terminal) waits for it, saying so, and
gives up with a clear error after ``WAIT`` seconds.  Checks take the lock
shared, so they never read a half-written set of pages and lock files.
The kernel drops the lock when a pass dies, however it dies.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import TreeBusy

LOCK_FILE = "motw.lock"
WAIT = 600.0


@contextlib.contextmanager
def holding(
    folder: Path, exclusive: bool = True, say: Callable[[str], None] = print, wait: float = WAIT
) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
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
                            str(path),
                        ) from None
                    time.sleep(0.1)
        if exclusive:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"the pass of pid {os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)
