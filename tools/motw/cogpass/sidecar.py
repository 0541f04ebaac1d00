"""The other Pythons' transcripts, in ``<page>.versions.txt`` beside the page.

This module is the only one that reads or writes that file.  The page
shows the primary Python's transcripts; what every other configured
Python printed is kept in the sidecar, in a form meant for review: a
reviewer sees in ``git diff`` when 3.12's output of an example changes.
Only differences are written out::

    == block 3: asyncio_eager.py
    -- 3.12: same
    -- 3.11: needs Python 3.12
    == block 4: asyncio_traceback.py
    -- 3.12: differs
      (the block's text on 3.12, each line indented by two spaces)
    -- 3.11: fails
      ...

``fails`` is a transcript whose script failed on that Python (it is
shown, as with ``ignore_error``, and the pass warns about it).  Block N
is the page's Nth block that runs commands, as the lock file records it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import atomic_write
from ..digests import digest

if TYPE_CHECKING:
    from ..engine.transcript import Request

SUFFIX = ".versions.txt"
HEADER = (
    "# Transcripts of {page} on the other Pythons; the page shows Python {primary}.\n"
    "# Written by 'make cog'; do not edit.\n"
)
SAME, NEEDS, DIFFERS, FAILS, MISSING = "same", "needs", "differs", "fails", "not checked"


@dataclasses.dataclass(frozen=True)
class Output:
    """A block's transcript on one Python."""

    kind: str  # SAME, NEEDS, DIFFERS, FAILS or MISSING
    text: str = ""  # the block's text, for DIFFERS and FAILS
    needs: str = ""  # the first version it runs on, for NEEDS

    def __post_init__(self) -> None:
        # The text as the file holds it (whole lines), so that a value made
        # by a pass and the same value read back are equal, digests too.
        object.__setattr__(self, "text", "".join(f"{line}\n" for line in self.text.splitlines()))

    @property
    def digest(self) -> str:
        if self.kind == SAME:
            return SAME
        if self.kind == NEEDS:
            return NEEDS
        return digest([self.kind, self.text])


@dataclasses.dataclass(frozen=True)
class BlockVersions:
    number: int  # counting the page's blocks that run commands, from 1
    label: str
    outputs: dict[str, Output]  # by version, in the configured order


def path(page: Path) -> Path:
    return page.with_name(page.stem + SUFFIX)


def read_text(page: Path) -> str | None:
    """The sidecar of *page* as it is on disk (None: there is none)."""
    try:
        return path(page).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def file_digest(page: Path) -> str | None:
    """The digest of the sidecar's bytes, as the lock file records it."""
    try:
        return digest(path(page).read_bytes())
    except OSError:
        return None


def read(page: Path) -> list[BlockVersions] | None:
    """The blocks of *page*'s sidecar; None if there is none or it cannot be read."""
    text = read_text(page)
    if text is None:
        return None
    try:
        return parse(text)
    except ValueError:
        return None


def write(page: Path, text: str | None, old: str | None) -> None:
    """Make *page*'s sidecar *text* (None: no file); *old* is what is there."""
    if text is None:
        path(page).unlink(missing_ok=True)
    elif text != old:
        atomic_write(path(page), text)


def build(
    blocks: Sequence[Sequence[Request]],
    others: Sequence[str],
    outputs: Mapping[str, Sequence[str]],
    failing: Mapping[str, set[int] | frozenset[int]],
    old: list[BlockVersions] | None,
) -> list[BlockVersions]:
    """Each block (its requests) on each of the *others* Pythons.

    *outputs* holds each block's output by version (the primary's first),
    *failing* the indices of the requests that failed there; a Python with
    no outputs (not found here) keeps what *old* recorded.
    """
    primary = next(iter(outputs))
    recorded = {b.number: b for b in old or []}
    found = []
    index = 0
    for number, requests in enumerate(blocks, 1):
        indices = set(range(index, index + len(requests)))
        index += len(requests)
        per_version: dict[str, Output] = {}
        for version in others:
            if version not in outputs:  # not found here: keep what was recorded
                kept = recorded.get(number)
                missing = Output(MISSING)
                per_version[version] = kept.outputs.get(version, missing) if kept else missing
            elif not any(r.options.runs_on(version) for r in requests):
                first = requests[0].options.first_version() or version
                per_version[version] = Output(NEEDS, needs=first)
            elif outputs[version][number - 1] == outputs[primary][number - 1]:
                per_version[version] = Output(SAME)
            else:
                kind = FAILS if failing[version] & indices else DIFFERS
                per_version[version] = Output(kind, outputs[version][number - 1])
        label = ", ".join(dict.fromkeys(r.command.label for r in requests))
        found.append(BlockVersions(number, label, per_version))
    return found


def render(page_name: str, primary: str, blocks: list[BlockVersions]) -> str:
    lines = [HEADER.format(page=page_name, primary=primary)]
    for block in blocks:
        lines.append(f"== block {block.number}: {block.label}\n")
        for version, output in block.outputs.items():
            if output.kind == NEEDS:
                lines.append(f"-- {version}: needs Python {output.needs}\n")
                continue
            lines.append(f"-- {version}: {output.kind}\n")
            if output.kind in (DIFFERS, FAILS):
                lines.extend(f"  {line}\n" for line in output.text.splitlines())
    return "".join(lines)


def parse(text: str) -> list[BlockVersions]:
    """The blocks of a sidecar file (as :func:`render` writes them)."""
    blocks: list[BlockVersions] = []
    version = ""
    body: list[str] | None = None
    meta: dict[str, Output] = {}

    def close() -> None:
        nonlocal body
        if body is not None and version:
            kind = meta[version].kind
            meta[version] = Output(kind, "".join(body))
        body = None

    for line in text.splitlines(keepends=True):
        if line.startswith("#"):
            continue
        if line.startswith("== block "):
            close()
            number, _, label = line[len("== block ") :].rstrip("\n").partition(": ")
            meta = {}
            blocks.append(BlockVersions(int(number), label, meta))
        elif line.startswith("-- ") and blocks:
            close()
            version, _, state = line[3:].rstrip("\n").partition(": ")
            if state.startswith("needs Python "):
                meta[version] = Output(NEEDS, needs=state[len("needs Python ") :])
            else:
                meta[version] = Output(state)
                if state in (DIFFERS, FAILS):
                    body = []
        elif body is not None:
            body.append(line[2:])
    close()
    return blocks
