"""A pass over pages: a pipeline of values, from the plan to the written page.

1. *plan* (:mod:`.pages`): cogapp runs every page's blocks with a runner
   that only records each ``run_script`` request;
2. *runs*: every stale page becomes one session per Python, and all
   sessions run together (:mod:`motw.engine.session`);
3. *outcome* (:mod:`.outcome`): what the runs came to on each Python,
   the per-Python policy applied: texts, failures, errors, warnings;
4. *page text* (:func:`.pages.spliced`): cogapp answers the blocks with
   those texts; the primary's text is the new page, and must read back
   as the same blocks; the other Pythons' block outputs go to the
   sidecar (:mod:`.sidecar`), the runs to the lock record
   (:mod:`.lockrecord`);
5. *write* (:mod:`.writer`): each changed page and sidecar is replaced
   atomically, then the lock files.

A page with any failing block is left as it was, and every failing
block is reported.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..engine.cache import ExecutionCache
from ..engine.runner import RunSpec, Workspace
from ..engine.session import Scheduler, Session
from ..errors import InterpreterMissing, MotwError, TranscriptError
from ..project import example_dir_for
from . import lockrecord, sidecar
from .fresh import Freshness
from .lockfile import PageRecord
from .outcome import Outcome, Runs, outcome
from .pages import Page, spliced
from .report import Progress
from .staleness import reasons
from .writer import PageResult


class CogPass:
    """One pass over a set of pages."""

    def __init__(self, cache: ExecutionCache, jobs: int, progress: Progress, freshness: Freshness):
        self.cache = cache
        self.jobs = jobs
        self.progress = progress
        self.freshness = freshness
        self.pythons = freshness.pythons

    def stale(self, page: Page, notices: list[str] | None = None) -> list[str]:
        """Why *page* may be stale (every Python found); empty if current."""
        committed = self.freshness.committed(example_dir_for(page.path)) if page.requests else {}
        lockfile = self.freshness.lockfile(page.path.parent)
        return reasons(page, lockfile, self.pythons, committed, notices)

    def generate(self, pages: list[Page]) -> list[PageResult]:
        """New text, sidecar and record of each page, running what is needed."""
        runnable = [page for page in pages if not page.error]
        if runnable and self.pythons.primary not in self.pythons.found:
            return [self._without_primary(page) for page in pages]
        sessions = {id(page): self._sessions(page) for page in runnable}
        self._run([session for per_page in sessions.values() for session in per_page.values()])
        return [self._result(page, sessions.get(id(page), {})) for page in pages]

    def _without_primary(self, page: Page) -> PageResult:
        errors: list[MotwError] = [e for block in page.blocks for e in block.errors]
        note = self.pythons.missing_note()
        missing = InterpreterMissing(
            f"cannot regenerate: the primary Python is missing: {note}", page.name
        )
        errors = [page.error] if page.error else [*errors, missing]
        return PageResult(page, errors=tuple(errors), old_sidecar=sidecar.read_text(page.path))

    def _sessions(self, page: Page) -> dict[str, Session]:
        """The page's runs on each Python found, as sessions (none: nothing to run)."""
        if not page.requests:
            return {}
        committed = self.freshness.committed(example_dir_for(page.path))
        old = self.freshness.lockfile(page.path.parent).page(page.path.name)
        return {
            version: Session(
                f"{page.name} on {version}",
                committed,
                [
                    RunSpec.of(r, interpreter) if r.options.runs_on(version) else None
                    for r in page.requests
                ],
                lockrecord.writers(old, version),
                [f"{r.where} {r.command.label}" for r in page.requests],
            )
            for version, interpreter in self.pythons.found.items()
        }

    def _run(self, sessions: list[Session]) -> None:
        if any(session.runs for session in sessions):
            workspace = Workspace(self.cache.blobs)
            try:
                Scheduler(self.cache, workspace, self.jobs, self.progress.ran).run(sessions)
            finally:
                workspace.close()

    def _result(self, page: Page, sessions: dict[str, Session]) -> PageResult:
        old_sidecar = sidecar.read_text(page.path)
        if page.error:
            return PageResult(page, errors=(page.error,), old_sidecar=old_sidecar)
        runs = {v: tuple(zip(s.runs, s.outcomes, strict=True)) for v, s in sessions.items()}
        found = outcome(page, runs, self.pythons.primary)
        for warning in found.warnings:
            self.progress.warning(warning)
        if found.errors:
            return PageResult(page, errors=found.errors, old_sidecar=old_sidecar)
        try:
            return self._regenerated(page, runs, found, old_sidecar)
        except TranscriptError as error:
            return PageResult(page, errors=(error,), old_sidecar=old_sidecar)

    def _regenerated(
        self, page: Page, runs: Runs, found: Outcome, old_sidecar: str | None
    ) -> PageResult:
        """*page* with its new transcripts: bytes, sidecar and lock record."""
        assert page.source is not None
        text, new_page = page.text, page
        outputs: Mapping[str, tuple[str, ...]] = {}
        if page.requests:
            made = spliced(page, found.texts)
            text, new_page, outputs = made.text, made.page, made.outputs
        raw = page.source.encode(text)
        versions, side = None, None
        if len(self.pythons.versions) > 1 and page.requests:
            blocks = [block.requests for block in page.blocks]
            old = sidecar.read(page.path)
            versions = sidecar.build(blocks, self.pythons.versions[1:], outputs, found.failing, old)
            side = sidecar.render(page.path.name, self.pythons.primary, versions)
        old_record = self.freshness.lockfile(page.path.parent).page(page.path.name)
        record = lockrecord.page_record(
            page,
            new_page,
            raw,
            versions,
            side,
            runs,
            old_record,
            self.pythons,
            self.freshness.committed,
        )
        return PageResult(page, raw, side, record, (), old_sidecar)

    def refresh(self, page: Page, record: PageRecord) -> PageResult:
        """A current page whose record only needs its text and lines updated."""
        on_disk = sidecar.read_text(page.path)
        updated = lockrecord.refreshed(page, record, self.freshness.committed)
        return PageResult(page, page.raw, on_disk, updated, (), on_disk)
