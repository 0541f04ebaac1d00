"""What a pass records of a page it generated: the lock record and the sidecar.

The lock record (:mod:`.lockfile`) says what every run read and wrote on
every Python; the sidecar (:mod:`.versions`) holds what the other
Pythons printed.  For a Python not found on this machine, what was
recorded before is kept, as long as the block runs the same command.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from ..digests import digest
from ..engine.cache import Recorded
from ..engine.runner import RunSpec
from ..engine.session import Session
from ..project import example_dir_for
from . import versions as sidecars
from .fresh import folder_digest, sidecar_digest
from .lockfile import BlockRecord, PageRecord, RunOn, RunRecord
from .pages import Page
from .pythons import Pythons

Committed = Callable[[Path], Mapping[str, str]]


def sidecar_text(
    page: Page, pythons: Pythons, outputs: dict[str, list[str]], failures: dict[str, set[int]]
) -> str:
    """The sidecar of *page*: each block's output on each other Python."""
    primary = pythons.primary
    old = {b.number: b for b in sidecars.read(page.path) or []}
    blocks = []
    index = 0
    for number, block in enumerate(page.blocks, 1):
        indices = set(range(index, index + len(block.requests)))
        index += len(block.requests)
        per_version: dict[str, sidecars.Output] = {}
        for version in pythons.versions[1:]:
            if version not in outputs:  # not found here: keep what was recorded
                kept = old.get(number)
                missing = sidecars.Output(sidecars.MISSING)
                per_version[version] = kept.outputs.get(version, missing) if kept else missing
            elif not any(r.options.runs_on(version) for r in block.requests):
                first = block.requests[0].options.first_version() or version
                per_version[version] = sidecars.Output(sidecars.NEEDS, needs=first)
            elif outputs[version][number - 1] == outputs[primary][number - 1]:
                per_version[version] = sidecars.Output(sidecars.SAME)
            else:
                kind = sidecars.FAILS if failures[version] & indices else sidecars.DIFFERS
                per_version[version] = sidecars.Output(kind, outputs[version][number - 1])
        label = ", ".join(dict.fromkeys(r.command.label for r in block.requests))
        blocks.append(sidecars.BlockVersions(number, label, per_version))
    return sidecars.render(page.path.name, primary, blocks)


def page_record(
    page: Page,
    new_page: Page,
    raw: bytes,
    sidecar: str | None,
    sessions: dict[str, Session],
    old: PageRecord | None,
    pythons: Pythons,
    committed: Committed,
) -> PageRecord:
    """The lock record of *page*, regenerated as *new_page* (its new text)."""
    old_runs = [run for block in old.blocks for run in block.runs] if old else []
    implementations, packages = {}, {}
    for version in pythons.versions:
        if version in pythons.found:
            implementations[version] = pythons.found[version].implementation
            packages[version] = pythons.found[version].packages
        elif old and version in old.pythons:
            implementations[version] = old.pythons[version]
            packages[version] = old.packages.get(version, "")
    parsed = sidecars.parse(sidecar) if sidecar else []
    blocks = []
    index = 0
    for number, (block, placed) in enumerate(zip(page.blocks, new_page.blocks, strict=True)):
        runs = []
        for request in block.requests:
            on: dict[str, RunOn | None] = {}
            for version in implementations:
                session = sessions.get(version)
                if session is None:
                    previous = old_runs[index] if index < len(old_runs) else None
                    if previous and previous.command == request.command.text:
                        if version in previous.on:
                            on[version] = previous.on[version]
                    continue
                on[version] = run_on(session.runs[index], session.outcomes[index])
            runs.append(RunRecord(request.command.text, request.format_digest(), on))
            index += 1
        versions = {v: o.digest for v, o in parsed[number].outputs.items()} if parsed else {}
        blocks.append(BlockRecord(placed.line, digest(placed.output), versions, tuple(runs)))
    folders = {}
    if page.requests:
        folder = example_dir_for(page.path)
        folders[os.path.relpath(folder, page.path.parent)] = folder_digest(committed(folder))
    return PageRecord(
        digest(raw),
        page.code,
        folders,
        digest(sidecar) if sidecar else None,
        implementations,
        packages,
        tuple(blocks),
    )


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
        sidecar=sidecar_digest(page.path),
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
