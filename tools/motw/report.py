"""What a pass tells the author while it runs, and at the end."""

from __future__ import annotations

import sys
import time
from collections import Counter
from io import TextIOBase

SLOWEST = 3


class Progress:
    def __init__(self, stream: TextIOBase | None = None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.started = time.monotonic()
        self.ran: list[tuple[float, str]] = []
        self.cached_by_page: Counter[str] = Counter()
        self.failed = 0
        self.to_run = 0

    def say(self, text: str) -> None:
        if not self.quiet:
            print(text, file=self.stream, flush=True)

    def cached(self, page: str, count: int = 1) -> None:
        self.cached_by_page[page] += count

    def planned(self, to_run: int) -> None:
        self.to_run = to_run
        for page, count in sorted(self.cached_by_page.items()):
            self.say(f"  cached {page}: {count} transcript(s)")

    def ran_one(self, request, result) -> None:
        self.ran.append((result.duration, f"{request.label} ({request.where})"))
        expected = request.options.ignore_error
        if result.timed_out:
            status = "TIMEOUT"
        elif result.status and not expected:
            status = "FAILED"
        else:
            status = "ran"
        self.failed += status != "ran"
        count = f"[{len(self.ran):>{len(str(self.to_run))}}/{self.to_run}]"
        self.say(f"  {count} {status:<7} {request.where} {request.label} {result.duration:.2f} s")

    def error(self, text: str) -> None:
        print(f"error: {text}", file=self.stream, flush=True)

    def warning(self, text: str) -> None:
        print(f"warning: {text}", file=self.stream, flush=True)

    def summary(self, pages: int, changed: list[str], verb: str = "rewrote") -> None:
        cached = sum(self.cached_by_page.values())
        elapsed = time.monotonic() - self.started
        parts = [
            f"{len(self.ran) + cached} transcript(s) in {pages} page(s)",
            f"{len(self.ran)} ran",
            f"{cached} from cache",
        ]
        if self.failed:
            parts.append(f"{self.failed} failed")
        self.say(f"cog: {', '.join(parts)}; {verb} {len(changed)} page(s) in {elapsed:.2f} s")
        for name in changed:
            self.say(f"  {verb} {name}")
        slowest = sorted(self.ran, reverse=True)[:SLOWEST]
        if slowest:
            self.say(
                "  slowest: " + ", ".join(f"{label} {seconds:.2f} s" for seconds, label in slowest)
            )
