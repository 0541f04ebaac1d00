"""Page sessions: a page's runs in order, in one working copy, in parallel
wherever the result provably equals the sequential one.

A page's transcripts on one Python are what a sequential run of its
blocks would print, each run starting in the working copy as the
earlier runs left it, the first in a fresh copy of the example folder as
committed.  The scheduler gets there without running in sequence:

- at each step it asks the cache for a run whose setup equals the next
  run's and whose fingerprint holds in the current state (see
  :mod:`motw.engine.key`): such a run answers for it, and its effects
  move the state on, whether it ran in an earlier pass or a moment ago;
- when none does, the next run of a page is *certain*: it runs on the
  current state; certain runs of all pages go first;
- workers left idle run later runs of a page *speculatively*, on the
  state as it is, assuming the runs before them change nothing their
  fingerprint covers.  A speculative result is used only if, when its
  turn comes, its fingerprint holds in the real state; otherwise the
  run is certain on that state.  No speculation goes past a run that
  wrote files the last time it was recorded.

So a page of independent scripts runs fully in parallel, a page whose
scripts share a database runs in order, and the result is the same.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from ..digests import digest
from .cache import ExecutionCache, Recorded
from .process import kill_all
from .runner import RunSpec, Workspace
from .state import State, apply_effects


@dataclasses.dataclass
class Session:
    """One page on one Python: its runs (None where a run does not apply)."""

    name: str
    committed: State
    runs: list[RunSpec | None]
    writers: frozenset[int] = frozenset()  # runs that wrote files when last recorded
    labels: list[str] = dataclasses.field(default_factory=list)  # for progress: where each run is
    position: int = 0
    state: dict = dataclasses.field(default_factory=dict)
    outcomes: list[Recorded | BaseException | None] = dataclasses.field(default_factory=list)
    ran: set[int] = dataclasses.field(default_factory=set)  # outcomes made in this pass

    def __post_init__(self) -> None:
        self.state = dict(self.committed)
        self.outcomes = [None] * len(self.runs)
        self.stamp = digest(self.state)

    @property
    def done(self) -> bool:
        return self.position >= len(self.runs)


@dataclasses.dataclass(frozen=True)
class Job:
    session: Session
    index: int
    state: State
    stamp: str
    certain: bool


class Scheduler:
    """Runs sessions with *jobs* workers; see the module docstring."""

    def __init__(
        self,
        cache: ExecutionCache,
        workspace: Workspace,
        jobs: int,
        on_ran: Callable[[Session, int, Recorded], None] | None = None,
    ):
        self.cache = cache
        self.workspace = workspace
        self.jobs = jobs
        self.on_ran = on_ran or (lambda session, index, recorded: None)
        self.tried: set[tuple[int, int, str]] = set()

    def run(self, sessions: Iterable[Session]) -> None:
        sessions = list(sessions)
        moved = list(sessions)  # sessions a new result may move on
        running: dict[Future, Job] = {}
        pool = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="motw")
        try:
            while True:
                for session in moved:
                    self.advance(session)
                moved = []
                while len(running) < self.jobs:
                    job = self.next_job(sessions, running.values())
                    if job is None:
                        break
                    self.tried.add((id(job.session), job.index, job.stamp))
                    running[pool.submit(self.execute, job)] = job
                if not running:
                    break
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    job = running.pop(future)
                    self.collect(job, future)
                    moved.append(job.session)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            kill_all()
            raise
        finally:
            pool.shutdown(wait=True)

    def execute(self, job: Job) -> Recorded:
        spec = job.session.runs[job.index]
        assert spec is not None
        return self.workspace.run(spec, job.state, job.session.committed, job.session.name)

    def collect(self, job: Job, future: Future) -> None:
        session = job.session
        try:
            recorded = future.result()
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as error:
            if job.certain and session.position == job.index:
                session.outcomes[job.index] = error
                session.position = len(session.runs)  # its state is unknown now
            else:
                self.tried.discard((id(session), job.index, job.stamp))  # may run again
            return
        spec = session.runs[job.index]
        assert spec is not None
        self.cache.put(spec.setup, recorded)
        session.ran.add(job.index)
        self.on_ran(session, job.index, recorded)

    def advance(self, session: Session) -> None:
        """Accept every next run that a recorded run answers for."""
        while not session.done:
            spec = session.runs[session.position]
            if spec is None:
                session.position += 1
                continue
            recorded = self.cache.lookup(spec.setup, session.state)
            if recorded is None:
                return
            session.outcomes[session.position] = recorded
            if recorded.effects:
                session.state = apply_effects(session.state, recorded.effects)
                session.stamp = digest(session.state)
            session.position += 1

    def next_job(self, sessions: list[Session], running: Iterable[Job]) -> Job | None:
        busy = {(id(job.session), job.index, job.stamp) for job in running}
        for session in sessions:
            if session.done:
                continue
            key = (id(session), session.position, session.stamp)
            if key in busy:
                continue
            if key in self.tried:  # it ran on this very state, yet answers nothing
                session.outcomes[session.position] = RuntimeError(
                    "the run's result could not be recorded"
                )
                session.position = len(session.runs)
                continue
            return Job(session, session.position, session.state, session.stamp, True)
        for session in sessions:
            job = self.speculate(session, busy)
            if job is not None:
                return job
        return None

    def speculate(self, session: Session, busy: set) -> Job | None:
        if session.done or session.position in session.writers:
            return None
        running = {index for (owner, index, _) in busy if owner == id(session)}
        last = min(len(session.runs), session.position + 1 + self.jobs)
        for index in range(session.position + 1, last):
            spec = session.runs[index]
            key = (id(session), index, session.stamp)
            if spec is not None and index not in running and key not in self.tried:
                if self.cache.lookup(spec.setup, session.state) is None:
                    return Job(session, index, session.state, session.stamp, False)
            if index in session.writers:
                return None
        return None
