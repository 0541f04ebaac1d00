"""The lock file: what each transcript was made from, as typed records.

``make cog`` writes ``transcripts.lock`` beside the pages of a chapter;
``make cog-check`` and the site read it.  This module is the only one
that reads or writes it.  Its layout (``SCHEMA``)::

    {"about": ..., "schema": 2,
     "engine": {"environment": ..., "execution": 2, "format": 3},
     "pages": {"tasks.rst": {
        "text": <digest of the page's bytes>, "code": <digest of its cog code>,
        "folders": {<example folder, from the page>: <digest of its files>},
        "sidecar": <digest of the other Pythons' transcripts file, or null>,
        "pythons": [["3.13", "cpython 3.13.0"], ...],   # newest (primary) first
        "packages": {"3.13": <digest of the distributions installed>, ...},
        "blocks": [{"line": 12, "output": <digest of the page's text>,
                    "versions": {"3.12": "same" | "needs" | <digest>},
                    "runs": [{"command": "python3 x.py", "format": <digest>,
                              "on": {"3.13": {"setup": ..., "status": 0,
                                              "reads": {path: entry | null},
                                              "lists": {folder: digest},
                                              "whole": digest (opaque runs),
                                              "writes": {path: entry | null}},
                                     "3.11": null}}]}]}}}

An unreadable or unknown lock is a clear :class:`~motw.errors.LockFileError`,
never a traceback; a pass rewrites it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from pathlib import Path

from ..errors import LockFileError
from ..project import LOCK_NAME, display_path

SCHEMA = 2
ABOUT = (
    "Inputs of the generated transcripts of these pages. Written by "
    "'make cog', read by 'make cog-check' and the site. Do not edit."
)


@dataclasses.dataclass(frozen=True)
class RunOn:
    """One run on one Python, as recorded."""

    setup: str
    status: int
    reads: Mapping[str, str | None]
    lists: Mapping[str, str]
    writes: Mapping[str, str | None]
    whole: str | None = None

    def to_json(self) -> dict:
        data = {
            "setup": self.setup,
            "status": self.status,
            "reads": dict(self.reads),
            "lists": dict(self.lists),
            "writes": dict(self.writes),
        }
        if self.whole is not None:
            data["whole"] = self.whole
        return data

    @classmethod
    def from_json(cls, data: Mapping) -> RunOn:
        # The mappings are the parsed JSON's own: fresh, and never shared.
        return cls(
            str(data["setup"]),
            int(data["status"]),
            data["reads"],
            data["lists"],
            data["writes"],
            data.get("whole"),
        )


@dataclasses.dataclass(frozen=True)
class RunRecord:
    command: str
    format: str
    on: Mapping[str, RunOn | None]  # None: the block does not run on that Python

    def to_json(self) -> dict:
        return {
            "command": self.command,
            "format": self.format,
            "on": {v: (r.to_json() if r else None) for v, r in self.on.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping) -> RunRecord:
        on = {v: (RunOn.from_json(r) if r is not None else None) for v, r in data["on"].items()}
        return cls(str(data["command"]), str(data["format"]), on)


@dataclasses.dataclass(frozen=True)
class BlockRecord:
    line: int
    output: str
    versions: Mapping[str, str]  # other Pythons: "same", "needs" or a digest
    runs: tuple[RunRecord, ...]

    def to_json(self) -> dict:
        return {
            "line": self.line,
            "output": self.output,
            "versions": dict(self.versions),
            "runs": [run.to_json() for run in self.runs],
        }

    @classmethod
    def from_json(cls, data: Mapping) -> BlockRecord:
        return cls(
            int(data["line"]),
            str(data["output"]),
            dict(data["versions"]),
            tuple(RunRecord.from_json(run) for run in data["runs"]),
        )


@dataclasses.dataclass(frozen=True)
class PageRecord:
    text: str
    code: str
    folders: Mapping[str, str]
    sidecar: str | None
    pythons: Mapping[str, str]  # version -> implementation, newest first
    packages: Mapping[str, str]  # version -> digest of its installed distributions
    blocks: tuple[BlockRecord, ...]

    @property
    def runs(self) -> int:
        return sum(len(block.runs) for block in self.blocks)

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "code": self.code,
            "folders": dict(self.folders),
            "sidecar": self.sidecar,
            "pythons": [[version, found] for version, found in self.pythons.items()],
            "packages": dict(self.packages),
            "blocks": [block.to_json() for block in self.blocks],
        }

    @classmethod
    def from_json(cls, data: Mapping) -> PageRecord:
        return cls(
            str(data["text"]),
            str(data["code"]),
            dict(data["folders"]),
            data.get("sidecar"),
            dict(data["pythons"]),
            dict(data["packages"]),
            tuple(BlockRecord.from_json(block) for block in data["blocks"]),
        )


class LockFile:
    """The records of the pages of one folder."""

    def __init__(self, folder: Path, engine: Mapping[str, object] | None = None):
        self.path = folder / LOCK_NAME
        self.engine = dict(engine or {})
        self.pages: dict[str, PageRecord] = {}
        self.recorded_engine: dict = {}
        self.problem: LockFileError | None = None
        self._changed = False
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as error:
            self.problem = LockFileError(f"cannot read it: {error}", display_path(self.path))
            return
        try:
            self._load(json.loads(text))
        except LockFileError as error:
            self.problem = error
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            self.problem = LockFileError(
                f"not a lock file this version can read ({type(error).__name__}: {error}); "
                "'make cog' rewrites it",
                display_path(self.path),
            )

    def _load(self, data: Mapping) -> None:
        schema = data.get("schema", 1)
        if schema != SCHEMA:
            newer = isinstance(schema, int) and schema > SCHEMA
            raise LockFileError(
                f"written with lock schema {schema}, this version reads {SCHEMA}: "
                + ("update motw" if newer else "'make cog' rewrites it"),
                display_path(self.path),
            )
        self.recorded_engine = dict(data.get("engine", {}))
        self.pages = {name: PageRecord.from_json(page) for name, page in data["pages"].items()}

    def page(self, name: str) -> PageRecord | None:
        return self.pages.get(name)

    def set_page(self, name: str, record: PageRecord | None) -> None:
        if self.pages.get(name) != record or self.recorded_engine != self.engine:
            self._changed = True
            if record is None:
                self.pages.pop(name, None)
            else:
                self.pages[name] = record

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
        from ..atomic import atomic_write

        if not self.pages:
            self.path.unlink(missing_ok=True)
        else:
            data = {
                "about": ABOUT,
                "schema": SCHEMA,
                "engine": self.engine,
                "pages": {name: self.pages[name].to_json() for name in sorted(self.pages)},
            }
            atomic_write(self.path, json.dumps(data, indent=1, sort_keys=True) + "\n")
        self.recorded_engine = dict(self.engine)
        self._changed = False
        return True
