"""The entry points of the cog pass: ``update`` and ``check`` (and, for
the live preview, ``stale_pages``).

Both decide from the lock files first: a page whose bytes, example
folder, sidecar and Pythons are as recorded is current without
importing cogapp or running anything, which is all a warm pass or a
passing check does.  Only pages that changed are planned, and only
stale ones are run.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..digests import FileDigests
from ..project import DEFAULT_CACHE, STATE_DIR, display_path, read_pages
from . import whatsnew
from .fresh import Freshness
from .pythons import Pythons, all_required, find
from .report import Progress
from .treelock import holding
from .writer import write

if TYPE_CHECKING:
    from .pages import Page
    from .passes import CogPass

FILE_DIGESTS = "files.json"  # FileDigests' record, in the cache folder


def default_jobs() -> int:
    # Many examples mostly wait (sleeps, timers, child processes): with
    # four runs a core, the cores stay busy while they wait (make bench).
    return max(8, 4 * (os.cpu_count() or 1))


@dataclasses.dataclass(frozen=True)
class Settings:
    paths: tuple[Path, ...] = (Path("docs"),)
    jobs: int = dataclasses.field(default_factory=default_jobs)
    cache_dir: Path | None = DEFAULT_CACHE  # None: cache nothing on disk
    force: bool = False  # update: run everything, trust no cached result
    full: bool = False  # check: run everything afresh and compare
    diff: bool = True  # check: show how stale pages would change (runs their scripts)
    root: Path = Path(".")

    @property
    def state_dir(self) -> Path:
        """Where the tree lock is: the project's, whatever the cache."""
        return self.root / STATE_DIR


def _context(settings: Settings) -> tuple[Freshness, FileDigests, list[tuple[Path, bytes]]]:
    cache = settings.cache_dir
    pythons = find(settings.root, cache)
    files = FileDigests(cache / FILE_DIGESTS if cache else None)
    pages = read_pages(settings.paths)
    return Freshness(pythons, files), files, pages


def _unverified(pythons: Pythons, progress: Progress) -> int:
    """Say which Pythons are used, and which could not be; 1 if that is an
    error here."""
    used = []
    for found in pythons.found.values():
        over = f" (newer than {', '.join(found.passed_over)})" if found.passed_over else ""
        used.append(found.release + over)
        if found.note:
            progress.warning(f"Python {found.version}: {found.note}")
    progress.say(f"Pythons: {', '.join(used)}")
    if not pythons.missing:
        return 0
    progress.summary.unverified = list(pythons.missing)
    if all_required():
        progress.error(pythons.missing_note() + " (every configured Python is required in CI)")
        return 1
    progress.warning(pythons.missing_note() + "; their recorded transcripts are kept unchecked")
    return 0


def update(settings: Settings, progress: Progress) -> int:
    """Regenerate what is stale; write pages, sidecars and lock files."""
    with holding(settings.state_dir, exclusive=True, say=progress.say):
        return _update(settings, progress)


def _update(settings: Settings, progress: Progress) -> int:
    freshness, files, pages = _context(settings)
    pythons = freshness.pythons
    status = _unverified(pythons, progress)
    fresh = {
        path: None if settings.force else freshness.unchanged(path, raw) for path, raw in pages
    }
    for path, record in fresh.items():
        if record:
            progress.cached(display_path(path), record.runs)
    transcripts = sum(r.runs * len(r.pythons) for r in fresh.values() if r)
    changed: list[str] = []
    problems_found = 0
    if not all(fresh.values()):
        # The pass itself (cogapp, threads, processes) only when a page changed.
        cogpass = open_pass(
            freshness, progress, settings.jobs, settings.cache_dir, read=not settings.force
        )
        stale: list[Page] = []
        current: list[Page] = []
        for page in plan(path for path, _ in pages if fresh[path] is None):
            (stale if settings.force or cogpass.stale(page) else current).append(page)
        results = cogpass.generate(stale)
        for page in current:
            record = freshness.lockfile(page.path.parent).page(page.path.name)
            assert record is not None
            results.append(cogpass.refresh(page, record))
        results, problems = write(results, freshness)  # a page it cannot write gets the error
        for error in [e for result in results for e in result.errors] + problems:
            progress.error(str(error))
            problems_found += 1
        changed = [r.page.name for r in results if r.changed and not r.errors]
        transcripts += sum(r.record.runs * len(r.record.pythons) for r in results if r.record)
    changed += whatsnew.write(settings.root)
    files.save()
    pythons.save()
    progress.finish(len(pages), transcripts, changed)
    if problems_found:
        progress.error(
            f"{problems_found} problem(s); the pages with problems were left as they were"
        )
        return 1
    return status


def check(settings: Settings, progress: Progress) -> int:
    """Fail if a transcript may be stale.  Deciding runs nothing; showing
    how stale pages would change runs their scripts (unless ``diff`` is
    off); ``full`` re-runs everything afresh."""
    with holding(settings.state_dir, exclusive=False, say=progress.say):
        return _check(settings, progress)


def _check(settings: Settings, progress: Progress) -> int:
    started = time.monotonic()
    freshness, files, pages = _context(settings)
    pythons = freshness.pythons
    status = _unverified(pythons, progress)
    fresh = {path: None if settings.full else freshness.unchanged(path, raw) for path, raw in pages}
    derived = whatsnew.stale(settings.root)  # the what's-new pages, from the transcripts
    for reason in derived:
        progress.error(f"may be stale: {reason}")
    if derived:
        status = 1
    if all(fresh.values()):
        files.save()
        pythons.save()
        if derived:
            progress.error("the what's-new pages are stale: run 'make cog', review, and commit")
            return 1
        count = sum(r.runs for r in fresh.values() if r)
        progress.say(
            f"cog-check: {count} transcript(s) in {len(pages)} page(s) are fresh "
            f"({time.monotonic() - started:.2f} s, nothing run)"
            + (f"; not verified on Python {', '.join(pythons.missing)}" if pythons.missing else "")
        )
        return status
    cache_dir = None if settings.full else settings.cache_dir
    cogpass = open_pass(freshness, progress, settings.jobs, cache_dir, read=not settings.full)
    suspects = []
    notices: list[str] = []
    for page in plan(path for path, _ in pages if fresh[path] is None):
        found = (
            ["re-running everything (--full)"] if settings.full else cogpass.stale(page, notices)
        )
        if found:
            suspects.append(page)
            progress.summary.stale.append(page.name)
            if not settings.full:
                for reason in found:
                    progress.error(f"may be stale: {reason}")
    for notice in notices:  # another patch release: current unless its output differs
        progress.warning(f"older release: {notice}")
    files.save()
    pythons.save()
    if not suspects:
        progress.say(
            f"cog-check: {len(pages)} page(s) are fresh "
            f"({time.monotonic() - started:.2f} s, nothing run)"
        )
        return status
    if not settings.diff:
        progress.error("transcripts may be stale: run 'make cog', review, and commit")
        return 1
    return _show_stale(cogpass, suspects, settings.full, progress) or status


def _show_stale(cogpass: CogPass, suspects: list[Page], full: bool, progress: Progress) -> int:
    """Regenerate the *suspects* without writing; show how they would
    change; 1 if any would (or a check that is not *full* found them)."""
    results = cogpass.generate(suspects)
    different = []
    for result in results:
        for error in result.errors:
            progress.error(str(error))
        if result.changed:
            different.append(result.page.name)
            sys.stdout.write(diff_of(result))
    progress.finish(len(suspects), 0, different, verb="would rewrite")
    if any(r.errors for r in results) or different or not full:
        progress.error(
            "transcripts are stale: run 'make cog', review the diff, and commit"
            if not any(r.errors for r in results)
            else "the check found problems (above)"
        )
        return 1
    return 0


def open_pass(
    freshness: Freshness, progress: Progress, jobs=1, cache_dir=None, read=True
) -> CogPass:
    """A pass with its cache (*read*: trust cached results).  The pass
    itself (cogapp, threads, processes) is imported only now."""
    from ..engine.cache import ExecutionCache
    from .passes import CogPass

    return CogPass(ExecutionCache(cache_dir, read=read), jobs, progress, freshness)


def plan(paths: Iterable[Path]) -> list[Page]:
    """The pages at *paths*, planned (cogapp is imported only now)."""
    from .pages import read

    return [read(path) for path in paths]


def diff_of(result) -> str:
    import difflib

    from . import sidecar

    page = result.page
    parts = [
        difflib.unified_diff(
            page.text.splitlines(keepends=True),
            result.text.splitlines(keepends=True),
            fromfile=f"{page.name} (as committed)",
            tofile=f"{page.name} (regenerated)",
        )
    ]
    old = result.old_sidecar or ""
    if (result.sidecar or "") != old:
        name = sidecar.path(page.path).name
        parts.append(
            difflib.unified_diff(
                old.splitlines(keepends=True),
                (result.sidecar or "").splitlines(keepends=True),
                fromfile=f"{name} (as committed)",
                tofile=f"{name} (regenerated)",
            )
        )
    return "".join(line for part in parts for line in part)


def stale_pages(
    paths: list[Path], root: Path, cache_dir: Path | None = DEFAULT_CACHE
) -> list[Path]:
    """The pages among *paths* whose transcripts may be stale (runs nothing)."""
    files = FileDigests(cache_dir / FILE_DIGESTS if cache_dir else None)
    freshness = Freshness(find(root, cache_dir), files)
    cogpass = open_pass(freshness, Progress(quiet=True))
    changed = [p for p in paths if p.is_file() and freshness.unchanged(p, p.read_bytes()) is None]
    return [page.path for page in plan(changed) if cogpass.stale(page)]
