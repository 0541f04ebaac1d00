"""Running the steps: timed commands, the spawn log, the pass's JSON report.

What a step started is read from the spawn log the scripts write (see
:mod:`corpus`); what the pass says about itself is read from the report
``motw cog --json FILE`` writes (``motw.cogpass.report.Summary``),
never from its human output.
"""

from __future__ import annotations

import collections
import dataclasses
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PROBE = HERE / "spawn_probe.py"
UNWANTED = ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONSTARTUP", "CI")
STARTUPS = 10  # the warm pass may cost this many `python -c pass`

Runs = collections.Counter  # (script, "3.13") -> times started


class BenchError(Exception):
    """A step failed outright (not a missed target)."""


def interpreters(versions: tuple[str, ...], root: Path = REPO) -> dict[str, str]:
    """The examples' Python of each version: ``.venvs/<v>/bin/python`` of
    this checkout, made by ``make venv`` (the real project's interpreters)."""
    found, missing = {}, []
    for version in versions:
        path = root / ".venvs" / version / "bin" / "python"
        if os.access(path, os.X_OK):
            found[version] = str(path)
        else:
            missing.append(str(path))
    if missing:
        raise BenchError(f"no interpreter at {', '.join(missing)}: run 'make venv'")
    return found


def override_variable(version: str) -> str:
    return "MOTW_PYTHON_" + version.replace(".", "_")


@dataclasses.dataclass
class Step:
    seconds: float
    cpu: float  # CPU seconds of the command and every process under it
    status: int
    output: str  # stdout and stderr, for error messages only
    runs: Runs
    report: dict | None = None  # the pass's JSON report

    @property
    def started(self) -> int:
        return sum(self.runs.values())


class SpawnLog:
    """The lines ``<script>\\t<version>`` the scripts append."""

    def __init__(self, path: Path):
        self.path = path

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def since(self, offset: int) -> Runs:
        try:
            with self.path.open("rb") as log:
                log.seek(offset)
                data = log.read().decode()
        except FileNotFoundError:
            return Runs()
        runs: Runs = Runs()
        for line in data.splitlines():
            script, _, version = line.partition("\t")
            runs[script, version] += 1
        return runs


class Harness:
    """Runs commands for the bench in a clean, fixed environment."""

    def __init__(self, root: Path, pythons: dict[str, str], jobs: int | None):
        self.root = root
        self.pythons = pythons
        self.jobs = jobs
        self.log = SpawnLog(root / "spawned.log")
        self.reports = root / "reports"
        self.reports.mkdir(parents=True, exist_ok=True)
        self.counter = 0
        # Nothing of the caller's shell that changes what is measured: no
        # motw settings, no PYTHONPATH, and no PYTHONDONTWRITEBYTECODE (a
        # sandbox's habit that would make every motw start compile itself).
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith("MOTW_") and name not in UNWANTED
        }
        # The interpreters are named, not copied: the synthetic project has
        # no .venvs of its own, and a virtual environment cannot be moved.
        env.update({override_variable(v): path for v, path in pythons.items()})
        self.env = env

    def timed(self, command: list[str], cwd: Path, env: dict | None = None) -> Step:
        offset = self.log.size()
        cpu = children_cpu()
        started = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, env=env or self.env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        cpu = children_cpu() - cpu
        output = done.stdout + done.stderr
        return Step(seconds, cpu, done.returncode, output, self.log.since(offset))

    def motw(self, project: Path, command: str, *extra: str) -> Step:
        """``motw <command> --json FILE``, timed; the report read back."""
        self.counter += 1
        report = self.reports / f"{self.counter:02d}-{command}.json"
        jobs = ["-j", str(self.jobs)] if self.jobs else []
        step = self.timed(
            [sys.executable, "-m", "motw", command, "--json", str(report), *jobs, *extra],
            project,
        )
        try:
            step.report = json.loads(report.read_text())
        except (OSError, ValueError) as error:
            raise BenchError(
                f"motw {command} wrote no JSON report ({error}); status {step.status}:\n"
                f"{step.output[-3000:]}"
            ) from None
        return step

    def processes(self, project: Path, command: str) -> int:
        """How many processes ``motw <command>`` starts itself (audit hook),
        scripts or not; an extra run, not timed."""
        count = self.root / "processes.txt"
        env = dict(self.env, BENCH_PROCESSES=str(count))
        done = subprocess.run(
            [sys.executable, str(PROBE), command, "-q"],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
        )
        try:
            return int(count.read_text())
        except (OSError, ValueError):
            raise BenchError(
                f"the process probe of motw {command} failed ({done.returncode}):\n"
                f"{done.stdout}{done.stderr}"
            ) from None

    def startups(self) -> float:
        """Seconds of ten ``python -c pass`` (the Python running motw)."""
        started = time.perf_counter()
        for _ in range(STARTUPS):
            subprocess.run([sys.executable, "-c", "pass"], check=True, env=self.env)
        return time.perf_counter() - started


def children_cpu() -> float:
    """CPU seconds of the bench's finished children (and theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load() -> float:
    return os.getloadavg()[0]
