"""Digests of everything a transcript depends on.

A transcript's inputs are named components, so the staleness check can
say *what* changed, not only that something did:

``script``       the bytes of the files the command names
``siblings``     the other files of the example folder it may use: data
                 files, and sibling modules it mentions (``import helper``,
                 ``'helper.py'``), followed transitively.  Other scripts of
                 the folder are not included, so editing one example
                 re-runs only that example.
``command``      the command line
``interpreter``  the interpreter and its exact version
``environment``  the fixed environment variables
``tool``         this tool's version
``format``       the options that shape the text (width, mode, cleanups)
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from . import __version__
from .cleanups import DEFAULT_CLEANUPS, describe
from .environment import FIXED, interpreter_version
from .options import RunOptions
from .snapshot import FORMAT_REVISION, FileDigests, FolderSnapshot, digest, runtime

__all__ = ["FolderSnapshot", "InputDigests", "Request", "digest", "runtime"]

EXECUTION_COMPONENTS = ("script", "siblings", "command", "interpreter", "environment", "tool")


@dataclasses.dataclass(frozen=True)
class Request:
    """One ``run_script`` call: what to run, where, and how to show it."""

    chapter: str
    line: int
    command: str
    example_dir: Path
    options: RunOptions
    named_files: tuple[str, ...]  # words of the command that are files here

    @property
    def where(self) -> str:
        return f"{self.chapter}:{self.line}" if self.line else self.chapter

    @property
    def label(self) -> str:
        """The script, or the command when there is no single script."""
        return self.named_files[0] if len(self.named_files) == 1 else self.command


class InputDigests:
    """Computes the components of requests, reading each folder once."""

    def __init__(self, files: FileDigests | None = None):
        self.snapshot = functools.lru_cache(maxsize=None)(
            lambda folder: FolderSnapshot(folder, files)
        )
        self._components: dict[Request, dict[str, str]] = {}

    def files(self, request: Request) -> list[str]:
        """The files of the example folder a run of *request* may use."""
        related = self.snapshot(request.example_dir).related(request.named_files)
        return [*request.named_files, *related]

    def components(self, request: Request) -> dict[str, str]:
        if request not in self._components:
            self._components[request] = self._compute(request)
        return self._components[request]

    def _compute(self, request: Request) -> dict[str, str]:
        snapshot = self.snapshot(request.example_dir)
        options = request.options
        return {
            "script": digest(
                {name: snapshot.digests.get(name, "") for name in request.named_files}
            ),
            "siblings": digest(snapshot.related(request.named_files)),
            "command": digest(request.command),
            "interpreter": interpreter_version(),
            "environment": digest(FIXED),
            "tool": f"{__version__}/{FORMAT_REVISION}",
            "format": digest(
                {
                    "include_prefix": options.include_prefix,
                    "trailing_newlines": options.trailing_newlines,
                    "width": options.width,
                    "mode": options.line_break_mode,
                    "cleanups": [describe(c) for c in (*DEFAULT_CLEANUPS, *options.line_cleanups)],
                }
            ),
        }


def execution_key(components: dict[str, str]) -> str:
    """The cache key: the components that can change what a run prints."""
    return digest({name: components[name] for name in EXECUTION_COMPONENTS})


def transcript_key(components: dict[str, str]) -> str:
    """The staleness key: everything that can change the transcript."""
    return digest(components)
