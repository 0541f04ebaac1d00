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
import hashlib
import json
import re
from pathlib import Path

from . import __version__
from .cleanups import DEFAULT_CLEANUPS, describe
from .environment import FIXED, interpreter_version
from .options import RunOptions

# Bump when a change to execution or formatting changes transcripts.
FORMAT_REVISION = 1

EXECUTION_COMPONENTS = ("script", "siblings", "command", "interpreter", "environment", "tool")


def digest(value) -> str:
    """A short, stable digest of bytes, text or JSON-able data."""
    if isinstance(value, str):
        value = value.encode()
    elif not isinstance(value, bytes):
        value = json.dumps(value, sort_keys=True).encode()
    return hashlib.sha256(value).hexdigest()[:20]


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


class FolderSnapshot:
    """The files of one example folder, each read and digested once."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.digests: dict[str, str] = {}
        words: dict[str, set[str]] = {}
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_dir() or _hidden(relative):
                continue
            data = path.read_bytes()
            name = relative.as_posix()
            self.digests[name] = digest(data)
            if path.suffix == ".py":
                words[name] = set(re.findall(r"\w+", data.decode("utf-8", "replace")))
        # Top-level modules count for a script only when it mentions them.
        self.modules = {name[:-3]: name for name in words if "/" not in name}
        self.mentions = {
            name: {self.modules[w] for w in found & self.modules.keys()} - {name}
            for name, found in words.items()
        }
        # Data files and packages always count.
        self.always = sorted(set(self.digests) - set(self.modules.values()))
        self.folder_digest = digest(self.digests)  # of every file: any change shows

    def related(self, named: tuple[str, ...]) -> dict[str, str]:
        """Digests of the files besides *named* that their run may use."""
        seen: set[str] = set()
        queue = [name for name in named if name in self.mentions]
        while queue:
            for module in self.mentions[queue.pop()] - seen:
                seen.add(module)
                queue.append(module)
        wanted = (set(self.always) | seen) - set(named)
        return {name: self.digests[name] for name in sorted(wanted)}


def _hidden(relative: Path) -> bool:
    return any(
        part.startswith(".") or part == "__pycache__" or part.endswith(".pyc")
        for part in relative.parts
    )


class InputDigests:
    """Computes the components of requests, reading each folder once."""

    def __init__(self):
        self.snapshot = functools.lru_cache(maxsize=None)(FolderSnapshot)
        self._components: dict[Request, dict[str, str]] = {}

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
                    "cleanups": [
                        describe(c) for c in (*DEFAULT_CLEANUPS, *options.line_cleanups)
                    ],
                }
            ),
        }


def runtime() -> str:
    """What every run of this pass shares: interpreter, environment, tool."""
    return digest([interpreter_version(), FIXED, __version__, FORMAT_REVISION])


def execution_key(components: dict[str, str]) -> str:
    """The cache key: the components that can change what a run prints."""
    return digest({name: components[name] for name in EXECUTION_COMPONENTS})


def transcript_key(components: dict[str, str]) -> str:
    """The staleness key: everything that can change the transcript."""
    return digest(components)
