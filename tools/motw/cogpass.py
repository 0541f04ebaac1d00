"""The cog pass over chapter pages.

A pass works in four steps, so scripts can run in parallel while the
result stays exactly that of a plain sequential cogapp run:

1. *plan*: cogapp runs every page's cog blocks with a runner that only
   records each ``run_script`` request (nothing is executed);
2. *run*: requests missing from the cache run in a thread pool;
3. *splice*: cogapp runs the blocks again, in page order, and each
   ``run_script`` takes its result from step 2;
4. *write*: each changed page is replaced atomically, then the lock
   file records the inputs of its transcripts.

The staleness check is step 1 compared with the lock file.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import sys
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from cogapp.cogapp import Cog, CogError, CogUserException

from . import execution
from .api import COG_GLOBALS, DirectRunner, finish, use_runner, warnings_for
from .atomic import atomic_write
from .cache import ExecutionCache
from .errors import MalformedBlock, TranscriptError
from .freshness import Freshness
from .inputs import InputDigests, Request, digest, execution_key
from .layout import COG_BEGIN, MARKERS, display_path, find_pages
from .lockfile import LockFile
from .report import Progress
from .snapshot import FileDigests

BEGIN_MARKER = COG_BEGIN
__all__ = ["BEGIN_MARKER", "CogPass", "Page", "find_pages", "plan_page"]
# A whole cog block, from its first marker line to its last.
_BEGIN, _, _END = MARKERS.split()
BLOCK = re.compile(rf"^[^\n]*{re.escape(_BEGIN)}.*?{re.escape(_END)}[^\n]*$", re.M | re.S)


@dataclasses.dataclass
class Block:
    """One cog block of a page, as the plan saw it."""

    line: int
    output: str  # the block's generated text as it stands in the page
    requests: list[Request] = dataclasses.field(default_factory=list)
    errors: list[TranscriptError] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Page:
    path: Path
    text: str
    blocks: list[Block]
    error: TranscriptError | None = None
    code: str = ""  # digest of the blocks' code and of what it writes besides transcripts
    # Set, instead of blocks, for a page known fresh without running cogapp.
    unchanged_runs: int | None = None

    @property
    def name(self) -> str:
        return display_path(self.path)

    @property
    def transcripts(self) -> int:
        if self.unchanged_runs is not None:
            return self.unchanged_runs
        return len(self.requests)

    @property
    def requests(self) -> list[Request]:
        return [request for block in self.blocks for request in block.requests]


class PlanRunner:
    """Records what the blocks ask for, and runs nothing."""

    def __init__(self):
        self.blocks: dict[int, Block] = {}

    def _block(self) -> Block:
        cog = sys.modules["cog"]
        block = self.blocks.get(cog.firstLineNum)
        if block is None:
            block = self.blocks[cog.firstLineNum] = Block(cog.firstLineNum, cog.previous)
        return block

    def rejected(self, error: TranscriptError) -> str:
        self._block().errors.append(error)
        return ""

    def transcript(self, request: Request) -> str:
        self._block().requests.append(request)
        return ""


class SpliceRunner(DirectRunner):
    """Answers from the results of the parallel run; runs only misses."""

    def __init__(self, results: dict, cache: ExecutionCache, digests: InputDigests):
        super().__init__(cache, digests)
        self.results = results

    def transcript(self, request: Request) -> str:
        key = execution_key(self.digests.components(request))
        if key in self.results:
            return finish(request, self.results[key])
        return super().transcript(request)


def cog_text(text: str, name: str, runner) -> str:
    """Run cogapp over *text* with *runner* answering ``run_script``."""
    engine = Cog()
    engine.options.parse_args([f"--markers={MARKERS}"])
    engine.options.defines = dict(COG_GLOBALS)
    with use_runner(runner):
        try:
            return engine.process_string(text, fname=name)
        except TranscriptError:
            raise
        except CogUserException as error:
            line = getattr(engine.cogmodule, "firstLineNum", 0)
            message = f"the cog code failed:\n{error.args[0]}"
            raise TranscriptError(message, name, line) from None
        except CogError as error:
            match = re.match(r"(.*)\((\d+)\): (.*)", str(error), re.DOTALL)
            if match:
                raise MalformedBlock(match[3], match[1], int(match[2])) from None
            raise MalformedBlock(str(error), name) from None


def read_page(path: Path) -> Page | str:
    """The text of a page, or a Page holding the error of reading it."""
    try:
        return path.read_text("utf-8")
    except UnicodeDecodeError as error:
        message = f"not valid UTF-8: {error}"
        return Page(path, "", [], TranscriptError(message, display_path(path)))


def plan_page(path: Path) -> Page:
    """Read a page and record its blocks' requests, running nothing."""
    text = read_page(path)
    return text if isinstance(text, Page) else plan_text(path, text)


def plan_text(path: Path, text: str) -> Page:
    runner = PlanRunner()
    page = Page(path, text, [])
    try:
        planned = cog_text(text, page.name, runner)
    except TranscriptError as error:
        page.error = error
    else:
        # With transcripts left empty, what remains of the blocks is their
        # code and any other text it writes: a change there is a change of
        # inputs that the requests alone would not show.
        page.code = digest(BLOCK.findall(planned))
    page.blocks = [runner.blocks[line] for line in sorted(runner.blocks)]
    return page


class CogPass:
    """One pass over a set of pages."""

    def __init__(
        self,
        cache: ExecutionCache,
        jobs: int,
        progress: Progress,
        force: bool = False,
    ):
        self.cache = cache
        self.jobs = jobs
        self.progress = progress
        self.force = force
        self.files = FileDigests(cache.file_digests_path)
        self.digests = InputDigests(self.files)
        self.freshness = Freshness(self.digests.snapshot)

    def lock_for(self, page: Page) -> LockFile:
        return self.freshness.lock(page.path.parent)

    # -- step 1: plan ---------------------------------------------------------

    def plan(self, paths: Iterable[Path]) -> list[Page]:
        """Plan the pages; those unchanged since generated skip cogapp."""
        pages = []
        for path in paths:
            text = read_page(path)
            if isinstance(text, Page):
                pages.append(text)
                continue
            runs = None if self.force else self.freshness.unchanged(path, text)
            if runs is None:
                pages.append(plan_text(path, text))
            else:
                pages.append(Page(path, text, [], unchanged_runs=runs))
        return pages

    # -- step 2: run --------------------------------------------------------

    def run_requests(self, requests: list[Request]) -> dict:
        """Results of *requests* by execution key: cached, or run in parallel."""
        results: dict = {}
        todo: dict[str, Request] = {}
        for request in requests:
            key = execution_key(self.digests.components(request))
            if key in results or key in todo:
                continue
            cached = None if self.force else self.cache.get(key)
            if cached is None:
                todo[key] = request
            else:
                results[key] = cached
                self.progress.cached(request.chapter)
        self.progress.planned(len(todo))
        if not todo:
            return results
        execution.stopping.clear()
        pool = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="motw")
        run = execution.run_command
        futures = {
            pool.submit(run, r.command, r.example_dir, r.options.timeout, self.digests.files(r)): (
                key,
                r,
            )
            for key, r in todo.items()
        }
        try:
            for future in as_completed(futures):
                key, request = futures[future]
                result = future.result()
                self.cache.put(key, result)
                results[key] = result
                self.progress.ran_one(request, result)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            execution.kill_all()
            raise
        finally:
            pool.shutdown(wait=True)
        return results

    # -- the whole pass ---------------------------------------------------------

    def run(self, pages: list[Page], write: bool = True) -> PassOutcome:
        outcome = PassOutcome()
        if not self.force:
            # A page whose recorded inputs all match needs nothing: not even
            # a look in the cache.
            fresh = [page for page in pages if not self.stale(page)]
            for page in fresh:
                self.progress.cached(page.name, page.transcripts)
                if write and page.unchanged_runs is None:
                    # Fresh, yet not recognisable from its text: say how,
                    # so the next pass need not run cogapp on it.
                    self.record(page, page.text)
            pages = [page for page in pages if page not in fresh]
        results = self.run_requests([r for page in pages for r in page.requests])
        splicer = SpliceRunner(results, self.cache, self.digests)
        for page in pages:
            errors = self.problems(page, results)
            if errors:
                outcome.errors.extend(errors)
                continue
            try:
                new_text = cog_text(page.text, page.name, splicer)
            except TranscriptError as error:
                outcome.errors.append(error)
                continue
            if new_text != page.text:
                outcome.changed.append((page, new_text))
                if write:
                    atomic_write(page.path, new_text)
            if write:
                self.record(page, new_text)
        for lock in set(self.freshness.locks.values()):
            lock.forget_missing()
            lock.save()
        self.files.save()
        return outcome

    def record(self, page: Page, new_text: str) -> None:
        """Note in the lock what the page's new text was made from."""
        final = page if new_text == page.text else plan_text(page.path, new_text)
        folders = [request.example_dir for request in final.requests]
        source = self.freshness.source_record(page.path, new_text, folders)
        self.lock_for(page).set_page(page.path.name, final.code, self.records(final), source)

    def problems(self, page: Page, results: dict) -> list[TranscriptError]:
        """Every error of a page's blocks, not just the first."""
        if page.error:
            return [page.error]
        errors = []
        for block in page.blocks:
            errors.extend(block.errors)
            for request in block.requests:
                result = results[execution_key(self.digests.components(request))]
                for note in warnings_for(request, result):
                    self.progress.warning(note)
                try:
                    finish(request, result)
                except TranscriptError as error:
                    errors.append(error)
        return errors

    def records(self, page: Page) -> list[dict]:
        """What the lock file keeps of a freshly written page."""
        return [
            {
                "output": digest(block.output),
                "runs": [
                    {"command": r.command, "inputs": self.digests.components(r)}
                    for r in block.requests
                ],
            }
            for block in page.blocks
        ]

    # -- the staleness check ------------------------------------------------------

    def stale(self, page: Page) -> list[str]:
        """Why *page*'s transcripts may be stale; empty when fresh."""
        if page.unchanged_runs is not None:
            return []
        if page.error:
            return [str(page.error)]
        lock = self.lock_for(page)
        recorded = lock.page(page.path.name)
        if recorded is None:
            return [f"{page.name}: no recorded transcripts (run 'make cog')"]
        if len(recorded) != len(page.blocks):
            return [f"{page.name}: {len(page.blocks)} cog block(s), {len(recorded)} recorded"]
        reasons = []
        if page.code != lock.code(page.path.name):
            reasons.append(f"{page.name}: the code of its cog blocks changed")
        for block, record in zip(page.blocks, recorded, strict=True):
            reasons.extend(str(error) for error in block.errors)
            where = f"{page.name}:{block.line}"
            if digest(block.output) != record["output"]:
                reasons.append(f"{where}: the transcript is not the one generated")
            if len(block.requests) != len(record["runs"]):
                reasons.append(f"{where}: the block runs other commands")
                continue
            for request, run in zip(block.requests, record["runs"], strict=True):
                now = self.digests.components(request)
                changed = [k for k in now if now[k] != run["inputs"].get(k)]
                if request.command != run["command"]:
                    changed.insert(0, "command")
                if changed:
                    reasons.append(
                        f"{where}: {request.label}: {', '.join(dict.fromkeys(changed))} changed"
                    )
        return reasons


@dataclasses.dataclass
class PassOutcome:
    changed: list[tuple[Page, str]] = dataclasses.field(default_factory=list)
    errors: list[TranscriptError] = dataclasses.field(default_factory=list)


def unified_diff(page: Page, new_text: str) -> str:
    return "".join(
        difflib.unified_diff(
            page.text.splitlines(keepends=True),
            new_text.splitlines(keepends=True),
            fromfile=f"{page.name} (as committed)",
            tofile=f"{page.name} (regenerated)",
        )
    )
