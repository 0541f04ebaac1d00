"""What a pass tells the author while it runs, and at the end.

People read the lines on standard error; programs (the benchmark, CI)
read :class:`Summary`, which ``motw cog --json FILE`` writes.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import IO

SLOWEST = 3


@dataclasses.dataclass
class Summary:
    """The machine-readable report of one command."""

    command: str
    pages: int = 0
    transcripts: int = 0  # runs in the pages, on every Python
    ran: int = 0  # runs executed by this pass (speculative ones included)
    from_cache: int = 0
    failed: int = 0
    changed: list[str] = dataclasses.field(default_factory=list)
    stale: list[str] = dataclasses.field(default_factory=list)
    errors: list[str] = dataclasses.field(default_factory=list)
    unverified: list[str] = dataclasses.field(default_factory=list)  # Pythons not found
    seconds: float = 0.0
    status: int = 0

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(dataclasses.asdict(self), indent=1) + "\n", "utf-8")


class Progress:
    def __init__(self, command: str = "cog", stream: IO[str] | None = None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.started = time.monotonic()
        self.durations: list[tuple[float, str]] = []
        self.summary = Summary(command)

    def say(self, text: str) -> None:
        if not self.quiet:
            print(text, file=self.stream, flush=True)

    def error(self, text: str) -> None:
        self.summary.errors.append(text)
        print(f"error: {text}", file=self.stream, flush=True)

    def warning(self, text: str) -> None:
        print(f"warning: {text}", file=self.stream, flush=True)

    def ran(self, session, index: int, recorded) -> None:
        """A run finished (called in the order runs finish)."""
        spec = session.runs[index]
        result = recorded.result
        self.summary.ran += 1
        label = session.labels[index] if session.labels else f"{session.name} #{index + 1}"
        version = spec.interpreter.version
        self.durations.append((result.duration, f"{label} on {version}"))
        if result.timed_out:
            status = "TIMEOUT"
        else:
            status = f"exit {result.status}" if result.status else "ran"
        self.say(f"  [{self.summary.ran}] {status:<7} {label} on {version} {result.duration:.2f} s")

    def cached(self, page: str, count: int) -> None:
        self.say(f"  cached {page}: {count} transcript(s)")

    def finish(
        self, pages: int, transcripts: int, changed: list[str], verb: str = "rewrote"
    ) -> None:
        summary = self.summary
        summary.pages = pages
        summary.transcripts = transcripts
        summary.from_cache = max(transcripts - summary.ran, 0)
        summary.changed = changed
        summary.seconds = round(time.monotonic() - self.started, 3)
        self.say(
            f"{summary.command}: {transcripts} transcript(s) in {pages} page(s), "
            f"{summary.ran} ran, {summary.from_cache} from cache; "
            f"{verb} {len(changed)} page(s) in {summary.seconds:.2f} s"
        )
        for name in changed:
            self.say(f"  {verb} {name}")
        slowest = sorted(self.durations, reverse=True)[:SLOWEST]
        if slowest:
            self.say("  slowest: " + ", ".join(f"{label} {s:.2f} s" for s, label in slowest))
