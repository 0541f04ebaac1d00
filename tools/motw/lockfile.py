"""The lock file: what each transcript was made from.

``make cog`` writes ``transcripts.lock`` beside the pages of a chapter;
``make cog-check`` compares it with the inputs as they are now, without
running anything.  The cog blocks themselves stay byte for byte in the
seed's format: no hashes in the markers.
"""

from __future__ import annotations

import json
from pathlib import Path

LOCK_NAME = "transcripts.lock"
ABOUT = (
    "Inputs of the generated transcripts of these pages. Written by "
    "'make cog', read by 'make cog-check'. Do not edit."
)


class LockFile:
    """The records of the pages of one folder."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        try:
            data = json.loads(self.path.read_text("utf-8"))
            self.pages: dict = dict(data.get("pages", {}))
        except (OSError, ValueError, AttributeError):
            self.pages = {}
        self._changed = False

    def page(self, name: str) -> list[dict] | None:
        """The records of a page's blocks, or None if it has none."""
        record = self.pages.get(name)
        return record["blocks"] if isinstance(record, dict) else None

    def code(self, name: str) -> str | None:
        """The digest of a page's cog code, as last generated."""
        record = self.pages.get(name)
        return record.get("code") if isinstance(record, dict) else None

    def source(self, name: str) -> dict | None:
        """Digests of the page's text and example folders when generated."""
        record = self.pages.get(name)
        return record.get("source") if isinstance(record, dict) else None

    def set_page(self, name: str, code: str, blocks: list[dict], source: dict) -> None:
        record = {"code": code, "blocks": blocks, "source": source} if blocks else None
        if self.pages.get(name) != record:
            self._changed = True
            if record:
                self.pages[name] = record
            else:
                self.pages.pop(name, None)

    def forget_missing(self) -> None:
        """Drop the records of pages that no longer exist."""
        for name in list(self.pages):
            if not (self.path.parent / name).is_file():
                del self.pages[name]
                self._changed = True

    def save(self) -> bool:
        """Write the file if anything changed; return whether it did."""
        if not self._changed:
            return False
        from .atomic import atomic_write  # only a pass that writes needs it

        if not self.pages:
            self.path.unlink(missing_ok=True)
        else:
            text = json.dumps({"about": ABOUT, "pages": self.pages}, indent=1, sort_keys=True)
            atomic_write(self.path, text + "\n")
        self._changed = False
        return True
