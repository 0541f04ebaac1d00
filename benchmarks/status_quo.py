"""The status quo: cogapp's own command line over every page, with the
naive ``run_script`` of :mod:`naive`, on a fresh copy of the project.

It runs on one Python at a time (as paverutils did: ``python3`` is the
one Python), so the three-Python figure is three measured runs, one per
version, each on its own fresh copy; nothing is scaled.  Its per-run
wall and CPU times give the physical floor.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
from pathlib import Path

from corpus import page_texts
from harness import HERE, BenchError, Harness, Runs

MARKERS = "{{{cog }}} {{{end}}}"


@dataclasses.dataclass
class Measured:
    version: str
    seconds: float
    cpu: float  # of cogapp and every run
    runs: list[dict]  # {"script", "wall", "cpu"} per run, in order
    started: Runs  # from the spawn log
    pages: dict[str, str]


@dataclasses.dataclass(frozen=True)
class Floor:
    seconds: float
    longest: float  # the longest run's wall time
    cpu: float  # CPU seconds of all the runs
    cores: int
    runs: int


def floor(runs: list[dict], cores: int) -> Floor:
    """``max(longest run, total CPU / cores)``: no schedule beats it."""
    longest = max(run["wall"] for run in runs)
    cpu = sum(run["cpu"] for run in runs)
    return Floor(max(longest, cpu / cores), longest, cpu, cores, len(runs))


def cores() -> int:
    return len(os.sched_getaffinity(0))


def measure(harness: Harness, project: Path, version: str) -> Measured:
    """Run the status quo on *version* over a fresh copy of *project*."""
    copy = harness.root / f"status-quo-{version}"
    shutil.copytree(project, copy)
    record = harness.root / f"status-quo-{version}.jsonl"
    env = dict(
        harness.env,
        BENCH_RECORD=str(record),
        BENCH_PYTHON_BIN=os.path.dirname(harness.pythons[version]),
    )
    pages = sorted(page_texts(copy))
    step = harness.timed(
        [
            sys.executable,
            "-m",
            "cogapp",
            "-r",
            f"--markers={MARKERS}",
            "-I",
            str(HERE),
            "-p",
            "from naive import run_script",
            "--verbosity=0",
            *pages,
        ],
        copy,
        env,
    )
    if step.status:
        raise BenchError(f"the status quo on {version} failed ({step.status}):\n{step.output}")
    runs = [json.loads(line) for line in record.read_text().splitlines()]
    return Measured(version, step.seconds, step.cpu, runs, step.runs, page_texts(copy))
