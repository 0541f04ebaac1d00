"""A pass over pages: plan, run each Python's page sessions, splice, write.

1. *plan*: cogapp runs every page's cog blocks with a runner that only
   records each ``run_script`` request (:mod:`.pages`);
2. *run*: every stale page becomes one session per Python, and all
   sessions run together (:mod:`motw.engine.session`);
3. *splice*: cogapp runs the blocks again, in page order, answered by the
   results: the primary Python's text is the new page, each other
   Python's gives that Python's block texts for the sidecar; each result
   must read back as the same blocks before anything is written;
4. *write*: each changed page (and sidecar) is replaced atomically, then
   the lock file records what every transcript was made from.

A page with any failing block is left as it was, and every failing
block is reported.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..atomic import atomic_write
from ..engine.cache import ExecutionCache, Recorded
from ..engine.runner import RunSpec, Workspace
from ..engine.session import Scheduler, Session
from ..engine.tracing import traceable
from ..engine.transcript import Request, failed, text_of, transcript, warnings_for
from ..errors import InterpreterMissing, MotwError, PageNotWritten, TranscriptError
from ..project import example_dir_for
from . import records
from . import versions as sidecars
from .fresh import Freshness
from .lockfile import PageRecord
from .pages import Page, read_back, splice
from .report import Progress
from .staleness import reasons


@dataclasses.dataclass
class PageResult:
    page: Page
    raw: bytes | None = None  # the page's new bytes
    sidecar: str | None = None  # the other Pythons' transcripts (None: no file)
    record: PageRecord | None = None
    errors: list[MotwError] = dataclasses.field(default_factory=list)
    old_sidecar: str | None = None

    def __post_init__(self) -> None:
        self.old_sidecar = _read_sidecar(self.page.path)

    @property
    def text(self) -> str:
        return self.raw.decode("utf-8-sig").replace("\r\n", "\n") if self.raw else ""

    @property
    def changed(self) -> bool:
        if self.raw is None:
            return False
        return self.raw != self.page.raw or (self.sidecar or None) != self.old_sidecar


def _read_sidecar(page: Path) -> str | None:
    try:
        return sidecars.sidecar_path(page).read_text("utf-8")
    except OSError:
        return None


class CogPass:
    """One pass over a set of pages."""

    def __init__(
        self,
        cache: ExecutionCache,
        jobs: int,
        progress: Progress,
        freshness: Freshness,
        force: bool = False,
    ):
        self.cache = cache
        self.jobs = jobs
        self.progress = progress
        self.freshness = freshness
        self.pythons = freshness.pythons
        self.committed = freshness.committed
        self.lock = freshness.lock
        self.locks = freshness.locks
        self.force = force

    # -- deciding ---------------------------------------------------------

    def stale(self, page: Page, notices: list[str] | None = None) -> list[str]:
        """Why *page* may be stale (every Python found); empty if current."""
        committed = self.committed(example_dir_for(page.path)) if page.requests else {}
        return reasons(page, self.lock(page.path.parent), self.pythons, committed, notices)

    # -- generating -------------------------------------------------------

    def generate(self, pages: list[Page]) -> list[PageResult]:
        """New text, sidecar and record of each page, running what is needed."""
        results = [PageResult(page) for page in pages]
        runnable = []
        for result in results:
            page = result.page
            if page.error:
                result.errors.append(page.error)
                continue
            for block in page.blocks:
                result.errors.extend(block.errors)
            runnable.append(result)  # its valid runs still run: every problem is told
        primary = self.pythons.primary
        if runnable and primary not in self.pythons.found:
            for result in runnable:
                result.errors.append(
                    InterpreterMissing(
                        f"cannot regenerate: the primary Python is missing: "
                        f"{self.pythons.missing_note()}",
                        result.page.name,
                    )
                )
            return results
        sessions = {id(r): self._sessions(r.page) for r in runnable}
        everything = [s for per_page in sessions.values() for s in per_page.values()]
        if any(session.runs for session in everything):
            workspace = Workspace(self.cache.blobs)
            try:
                Scheduler(self.cache, workspace, self.jobs, self.progress.ran).run(everything)
            finally:
                workspace.close()
        for result in runnable:
            self._finish(result, sessions[id(result)])
        return results

    def _sessions(self, page: Page) -> dict[str, Session]:
        if not page.requests:
            return {}
        folder = example_dir_for(page.path)
        committed = self.committed(folder)
        old = self.lock(page.path.parent).page(page.path.name)
        per_version = {}
        for version, interpreter in self.pythons.found.items():
            runs: list[RunSpec | None] = [
                RunSpec(
                    r.command.text,
                    interpreter,
                    folder,
                    r.options.timeout,
                    traceable(r.command.text, r.command.interpreter),
                )
                if r.options.runs_on(version)
                else None
                for r in page.requests
            ]
            per_version[version] = Session(
                f"{page.name} on {version}",
                committed,
                runs,
                records.writers(old, version),
                [f"{r.where} {r.command.label}" for r in page.requests],
            )
        return per_version

    def _finish(self, result: PageResult, sessions: dict[str, Session]) -> None:
        page = result.page
        primary = self.pythons.primary
        texts: dict[str, list[str]] = {}
        failures: dict[str, set[int]] = {}
        for version, session in sessions.items():
            texts[version], failures[version] = self._texts(result, version, session)
        if result.errors:
            result.errors.sort(key=lambda error: error.line)
            return
        if not page.requests:
            new_text = page.text
            new_page = page
        else:
            try:
                new_text = splice(page, texts[primary])
                new_page = read_back(page, new_text, texts[primary])
                outputs = {primary: [block.output for block in new_page.blocks]}
                for version in sessions:
                    if version != primary:
                        outputs[version] = [
                            block.output
                            for block in read_back(
                                page, splice(page, texts[version]), texts[version]
                            ).blocks
                        ]
            except TranscriptError as error:
                result.errors.append(error)
                return
        assert page.source is not None
        result.raw = page.source.encode(new_text)
        if len(self.pythons.versions) > 1 and page.requests:
            result.sidecar = self._sidecar(page, outputs, failures)
        result.record = self._record(result, new_page, sessions)

    def _texts(
        self, result: PageResult, version: str, session: Session
    ) -> tuple[list[str], set[int]]:
        """The text of each request on *version*; errors go to *result*."""
        texts: list[str] = []
        failing: set[int] = set()
        earlier: Request | None = None
        primary = version == self.pythons.primary
        for index, request in enumerate(result.page.requests):
            outcome = session.outcomes[index] if session.runs[index] else None
            if session.runs[index] is None:
                if primary:
                    result.errors.append(
                        TranscriptError(
                            f"python={request.options.python!r} leaves out the primary "
                            f"Python {version}: the page would show nothing",
                            request.file,
                            request.line,
                        )
                    )
                texts.append("")
                continue
            if not isinstance(outcome, Recorded):
                detail = f": {outcome}" if outcome else ""
                result.errors.append(
                    TranscriptError(
                        f"{request.command.label} could not be run on {version}{detail}",
                        request.file,
                        request.line,
                    )
                )
                texts.append("")
                continue
            run = outcome.result
            if primary:
                for note in warnings_for(request, run):
                    self.progress.warning(note)
            try:
                if primary or run.timed_out:
                    texts.append(transcript(request, run, "" if primary else version))
                else:
                    texts.append(text_of(request, run.output))
            except TranscriptError as error:
                if earlier is not None:
                    error = type(error)(
                        f"{error.message}\n    an earlier run of this page failed first: "
                        f"{earlier.where} ({earlier.command.label})",
                        error.file,
                        error.line,
                    )
                result.errors.append(error)
                texts.append("")
                earlier = earlier or request
                failing.add(index)
                continue
            if failed(request, run):
                failing.add(index)
                earlier = earlier or request
                if not primary:
                    self.progress.warning(
                        f"{request.where}: {request.command.label} fails on Python {version} "
                        f"(status {run.status}); recorded as failing there"
                    )
        return texts, failing

    def _sidecar(self, page: Page, outputs: dict[str, list[str]], failures) -> str:
        return records.sidecar_text(page, self.pythons, outputs, failures)

    def _record(
        self, result: PageResult, new_page: Page, sessions: dict[str, Session]
    ) -> PageRecord:
        page = result.page
        return records.page_record(
            page,
            new_page,
            result.raw or b"",
            result.sidecar,
            sessions,
            self.lock(page.path.parent).page(page.path.name),
            self.pythons,
            self.committed,
        )

    def refresh(self, page: Page, record: PageRecord) -> PageResult:
        """A current page whose record only needs its text and lines updated."""
        return PageResult(
            page,
            page.raw,
            _read_sidecar(page.path),
            records.refreshed(page, record, self.committed),
        )

    # -- writing ----------------------------------------------------------

    def write(self, results: list[PageResult]) -> list[PageNotWritten]:
        """Write changed pages and sidecars (a page that cannot be written
        gets the error), then the lock files (their errors are returned)."""
        problems: list[PageNotWritten] = []
        for result in results:
            if result.errors or result.record is None or result.raw is None:
                continue
            page = result.page
            try:
                if result.raw != page.raw:
                    atomic_write(page.path, result.raw)
                sidecar = sidecars.sidecar_path(page.path)
                if result.sidecar is None:
                    sidecar.unlink(missing_ok=True)
                elif result.sidecar != result.old_sidecar:
                    atomic_write(sidecar, result.sidecar)
            except OSError as error:
                result.errors.append(
                    PageNotWritten(f"could not be written ({error}); it is as it was", page.name)
                )
                continue
            self.lock(page.path.parent).set_page(page.path.name, result.record)
        for lock in self.locks.values():
            lock.forget_missing()
            try:
                lock.save()
            except OSError as error:
                problems.append(PageNotWritten(f"could not be written ({error})", str(lock.path)))
        return problems
