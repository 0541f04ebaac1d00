"""The lock record of a page a pass generated (the lock file is :mod:`.lockfile`).

It says what every run read and wrote on every Python, and each block's
digests: of its output in the page, and of its output on each other
Python (taken from the sidecar's blocks, :mod:`.sidecar`).  For a Python
not found on this machine, what was recorded before is kept, as long as
the block runs the same command.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from ..digests import digest
from ..engine.cache import Recorded
from ..engine.runner import RunSpec
from ..project import example_dir_for
from . import sidecar
from .fresh import folder_digest
from .lockfile import BlockRecord, PageRecord, RunOn, RunRecord
from .outcome import Runs
from .pages import Page
from .pythons import Pythons

Committed = Callable[[Path], Mapping[str, str]]


def page_record(
    page: Page,
    new_page: Page,
    raw: bytes,
    versions: list[sidecar.BlockVersions] | None,
    sidecar_text: str | None,
    runs: Runs,
    old: PageRecord | None,
    pythons: Pythons,
    committed: Committed,
) -> PageRecord:
    """The lock record of *page*, regenerated as *new_page* (its new text)."""
    implementations, packages = _interpreters(pythons, old)
    old_runs = [run for block in old.blocks for run in block.runs] if old else []
    blocks = []
    index = 0
    for number, (block, placed) in enumerate(zip(page.blocks, new_page.blocks, strict=True)):
        recorded = []
        for request in block.requests:
            previous = old_runs[index] if index < len(old_runs) else None
            if previous and previous.command != request.command.text:
                previous = None  # another command: nothing of it is kept
            on: dict[str, RunOn | None] = {}
            for version in implementations:  # a Python not found here keeps its record
                if version in runs:
                    on[version] = run_on(*runs[version][index])
                elif previous is not None and version in previous.on:
                    on[version] = previous.on[version]
            recorded.append(RunRecord(request.command.text, request.format_digest(), on))
            index += 1
        digests = {v: o.digest for v, o in versions[number].outputs.items()} if versions else {}
        blocks.append(BlockRecord(placed.line, digest(placed.output), digests, tuple(recorded)))
    folders = {}
    if page.requests:
        folder = example_dir_for(page.path)
        folders[os.path.relpath(folder, page.path.parent)] = folder_digest(committed(folder))
    return PageRecord(
        digest(raw),
        page.code,
        folders,
        digest(sidecar_text) if sidecar_text else None,
        implementations,
        packages,
        tuple(blocks),
    )


def _interpreters(pythons: Pythons, old: PageRecord | None) -> tuple[dict, dict]:
    """Version -> implementation, and -> packages: as found, else as recorded."""
    implementations, packages = {}, {}
    for version in pythons.versions:
        if version in pythons.found:
            implementations[version] = pythons.found[version].implementation
            packages[version] = pythons.found[version].packages
        elif old and version in old.pythons:
            implementations[version] = old.pythons[version]
            packages[version] = old.packages.get(version, "")
    return implementations, packages


def refreshed(page: Page, record: PageRecord, committed: Committed) -> PageRecord:
    """*record* for a current page whose text changed around its blocks."""
    lines = [block.line for block in page.blocks]
    blocks = tuple(
        dataclasses.replace(b, line=line) for b, line in zip(record.blocks, lines, strict=True)
    )
    folders = {
        relative: folder_digest(committed(Path(os.path.normpath(page.path.parent / relative))))
        for relative in record.folders
    }
    return dataclasses.replace(
        record,
        text=digest(page.raw),
        code=page.code,
        blocks=blocks,
        folders=folders,
        sidecar=sidecar.file_digest(page.path),
    )


def run_on(spec: RunSpec | None, outcome) -> RunOn | None:
    if spec is None or not isinstance(outcome, Recorded):
        return None
    fingerprint = outcome.fingerprint
    return RunOn(
        spec.setup,
        outcome.result.status,
        dict(fingerprint.reads),
        dict(fingerprint.lists),
        dict(outcome.effects),
        fingerprint.whole,
    )


def writers(record: PageRecord | None, version: str) -> frozenset[int]:
    """The runs that wrote files on *version* when last recorded."""
    if record is None:
        return frozenset()
    runs = [run for block in record.blocks for run in block.runs]
    return frozenset(
        index for index, run in enumerate(runs) if (on := run.on.get(version)) and on.writes
    )
