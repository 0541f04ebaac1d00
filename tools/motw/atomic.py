"""Write a file so that it is always either its old or its new content."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, content: str | bytes, durable: bool = True) -> None:
    """Replace *path* with *content*: readers see the old or the new file.

    Text is written as UTF-8 with no newline translation.  On any error
    (a read-only folder, a full disk) the temporary file is removed and
    *path* is untouched.  *durable* also waits until the bytes are on the
    disk, for pages and lock files; a cache entry need not pay for that
    (a torn one after a power cut is a miss).
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o644
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
