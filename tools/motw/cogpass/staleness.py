"""Is a page's every transcript current?  Decided from the lock, running nothing.

(:mod:`.fresh` decides first, for pages exactly as written.)
:func:`reasons` takes a page planned with cogapp (recording only) and
replays each Python's session from the lock: starting from the example
  folder as committed, each run's recorded fingerprint is compared with
  the state the earlier runs' recorded writes leave, so a change to a
  script, a data file, a file an earlier run made or a folder a run
  listed is found, and named.  A run found stale makes what it wrote
  unknown to the runs after it.

:func:`users_of` asks the same records the preview's question: which
pages could see a file that changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

from ..digests import digest
from ..engine.interpreters import display
from ..engine.key import Fingerprint, setup_of
from ..engine.state import apply_effects
from ..engine.transcript import Request
from ..project import example_dir_for
from . import sidecar
from .lockfile import LockFile, PageRecord, RunOn
from .pages import Page
from .pythons import Pythons

UNKNOWN = "?"  # the entry of a path a stale run may write differently


def reasons(
    page: Page,
    lockfile: LockFile,
    pythons: Pythons,
    committed: Mapping[str, str],
    notices: list[str] | None = None,
) -> list[str]:
    """Why *page*'s transcripts may be stale; empty when they are current.

    With *notices* (the check), transcripts made by another patch release
    of a line are a notice there, and are checked as that release made
    them; without (the update), they are stale, so the pass re-runs them.
    """
    if page.error:
        return [str(page.error)]
    if lockfile.problem:
        return [str(lockfile.problem)]
    record = lockfile.page(page.path.name)
    if record is None:
        return [f"{page.name}: no recorded transcripts (run 'make cog')"]
    if lockfile.recorded_engine != lockfile.engine:
        return [f"{page.name}: recorded by another version of the engine (run 'make cog')"]
    if len(record.blocks) != len(page.blocks):
        return [f"{page.name}: {len(page.blocks)} cog block(s), {len(record.blocks)} recorded"]
    found: list[str] = []
    if page.code != record.code:
        found.append(f"{page.name}: the code of its cog blocks changed")
    if len(pythons.versions) > 1 and record.sidecar != sidecar.file_digest(page.path):
        found.append(
            f"{page.name}: {sidecar.path(page.path).name} is not the file generated "
            "(the other Pythons' transcripts)"
        )
    runs = []
    for block, recorded in zip(page.blocks, record.blocks, strict=True):
        found.extend(str(error) for error in block.errors)
        where = f"{page.name}:{block.line}"
        if digest(block.output) != recorded.output:
            found.append(f"{where}: the transcript is not the one generated")
        if [r.command.text for r in block.requests] != [r.command for r in recorded.runs]:
            found.append(f"{where}: the block runs other commands")
            return found
        for request, run in zip(block.requests, recorded.runs, strict=True):
            if request.format_digest() != run.format:
                found.append(f"{where}: {request.command.label}: its formatting options changed")
            runs.append((request, run))
    for version in pythons.versions:
        found.extend(_replay(page, version, runs, record, pythons, committed, notices))
    return list(dict.fromkeys(found))


def _replay(
    page: Page, version: str, runs, record: PageRecord, pythons: Pythons, committed, notices
) -> list[str]:
    interpreter = pythons.found.get(version)
    if interpreter is None:
        return []  # said once by the command: which versions it could not verify
    if version not in record.pythons:
        return [f"{page.name}: never generated on Python {version}"]
    implementation = record.pythons[version]
    changed = _changed_release(page, implementation, interpreter, notices)
    if changed:
        return changed
    if record.packages.get(version) != interpreter.packages:
        return [f"{page.name}: the packages installed for Python {version} changed"]
    as_made = dataclasses.replace(interpreter, implementation=implementation)
    found = []
    state = dict(committed)
    writers: dict[str, str] = {}  # path -> where the last run that wrote it is
    for request, run in runs:
        where = f"{request.where}: {request.command.label} on {version}"
        if version not in run.on:
            found.append(f"{where}: never run there")
            continue
        on = run.on[version]
        if (on is None) == request.options.runs_on(version):
            found.append(f"{where}: the Pythons it runs on changed")
            continue
        if on is None:
            continue
        stale = []
        if setup_of(request.command.text, as_made, request.example_dir) != on.setup:
            stale.append("its setup changed (installed packages, environment or engine)")
        fingerprint = Fingerprint(on.reads, on.lists, on.whole)
        for kind, path in fingerprint.differences(state):
            stale.append(_explain(kind, path, request, state, on, writers))
        if stale:
            found.append(f"{where}: {'; '.join(dict.fromkeys(stale))}")
            unknown = {path: UNKNOWN for path in on.writes}
            state = apply_effects(state, unknown)
        else:
            state = apply_effects(state, on.writes)
        for path in on.writes:
            writers[path] = f"{request.where} ({request.command.label})"
    return found


def _changed_release(page: Page, implementation: str, interpreter, notices) -> list[str]:
    """Stale if the interpreter changed; another patch release of its line
    is only a notice where *notices* is given (the check)."""
    if implementation == interpreter.implementation:
        return []
    if notices is None or not same_line(implementation, interpreter.implementation):
        return [
            f"{page.name}: Python {interpreter.version} changed "
            f"({implementation} -> {interpreter.implementation})"
        ]
    notices.append(
        f"{page.name}: made by {display(implementation)}, and {interpreter.display} "
        "is here: 'make cog' refreshes it"
    )
    return []


def same_line(recorded: str, found: str) -> bool:
    """Whether two implementations ("cpython 3.15.2") are releases of one line."""
    return recorded.rsplit(".", 1)[0] == found.rsplit(".", 1)[0]


def _explain(kind: str, path: str, request: Request, state, on: RunOn, writers) -> str:
    if kind == "whole":
        return "a file of its working copy changed (its command may read any of them)"
    if kind == "list":
        folder = "the example folder" if path == "." else path
        return f"the files a listing of {folder} saw changed"
    now = state.get(path)
    if now == UNKNOWN or path in writers:
        return f"{path}, made by the run at {writers.get(path, 'an earlier block')}, may change"
    if path == request.command.script:
        return f"the script {path} changed"
    if now is None:
        return f"{path} was removed"
    if on.reads.get(path) is None:
        return f"{path} was added"
    return f"the file {path} changed"


def users_of(example_files: list[str], pages: list[Path], root: Path) -> list[Path]:
    """The pages among *pages* whose runs could see one of *example_files*
    (paths from *root*), as their lock records say; a page without records
    counts, as does a run that may see any file of its working copy."""
    wanted = [(root / name).resolve() for name in example_files]
    found = []
    for page in pages:
        folder = example_dir_for(page).resolve()
        mine = {path.relative_to(folder).as_posix() for path in wanted if folder in path.parents}
        if not mine:
            continue
        record = LockFile(page.parent).page(page.name)
        if record is None or any(
            on.whole is not None
            or mine & set(on.reads)
            or any(folder in on.lists for name in mine for folder in _folders_above(name))
            for block in record.blocks
            for run in block.runs
            for on in run.on.values()
            if on is not None
        ):
            found.append(page)
    return found


def _folders_above(name: str) -> list[str]:
    """Every folder whose listing a new file *name* can change: ``a/b/c`` -> ``a/b, a, .``."""
    parts = name.split("/")[:-1]
    return ["/".join(parts[:depth]) for depth in range(len(parts), 0, -1)] + ["."]
