"""Write a file so that it is always either its old or its new content."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def atomic_write(path: Path, content: str | bytes, durable: bool = True) -> None:
    """Replace *path* with *content*: readers see the old or the new file.

    Text is written as UTF-8 with no newline translation.  On any error
    (a read-only folder, a full disk) the temporary file is removed and
    *path* is untouched.  *durable* also waits until the bytes are on the
    disk, for pages and lock files; a cache entry need not pay for that
    (a torn one after a power cut is a miss).
    """
    import tempfile  # only writers pay for it: a warm pass writes nothing

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


def load_record(path: Path | None) -> Any:
    """A JSON record kept only to save time (a cache), or None when it is
    missing or unreadable: then the work is done again."""
    if path is None:
        return None
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def save_record(path: Path | None, data: object) -> bool:
    """Write such a record; False if it could not be (a full disk, a
    read-only checkout): nothing is lost but time."""
    if path is None:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(data), durable=False)
    except OSError:
        return False
    return True
