"""A page session under Pyodide in Node: the runs the browser proof compares.

Pyodide (CPython compiled to WebAssembly) is the npm package pinned in
``package.json``, installed by ``npm ci`` into ``node_modules/pyodide``.
The session is run by ``motw-prove.mjs``, which shares its runner
(``motw-session.mjs``) with the reader's Web Worker: what the build
proves is what a reader's Run button runs.  One Node process per page:
a run that never ends is stopped with its process, and only the runs
after it of that page are lost.

Node runs with ``--experimental-wasm-stack-switching`` (JSPI), which
``run_until_complete`` and ``asyncio.run`` need under Pyodide.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..digests import digest

SCRIPTS = Path(__file__).parents[1] / "site" / "run"  # JavaScript, not a Python package
PROVER = SCRIPTS / "motw-prove.mjs"
NODE_FLAGS = ("--experimental-wasm-stack-switching",)
# The files of the npm package a reader's browser needs (the site copies them).
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)


@dataclasses.dataclass(frozen=True)
class Pyodide:
    """An installed Pyodide and the Node that runs it."""

    folder: Path
    node: str
    version: str  # the npm package's
    python: str  # the CPython it is, "3.14.2"

    @property
    def python_minor(self) -> str:
        return ".".join(self.python.split(".")[:2])


def find_pyodide(root: Path) -> Pyodide | None:
    """Pyodide as ``npm ci`` installed it under *root*, or None (with Node)."""
    folder = root / "node_modules" / "pyodide"
    node = shutil.which("node")
    try:
        package = json.loads((folder / "package.json").read_text("utf-8"))
        lock = json.loads((folder / "pyodide-lock.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if node is None or not all((folder / name).is_file() for name in RUNTIME_FILES):
        return None
    return Pyodide(folder.resolve(), node, str(package["version"]), str(lock["info"]["python"]))


@dataclasses.dataclass(frozen=True)
class BrowserRun:
    """One run under Pyodide: what it printed and how it ended."""

    output: str
    status: int  # -1: Pyodide itself failed
    cut: bool = False  # the output was capped
    finished: bool = True  # False: stopped at the time limit (or the process died)

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Mapping) -> BrowserRun:
        return cls(**data)


@dataclasses.dataclass(frozen=True)
class SessionJob:
    """A page session: the example folder's name and files, its runs in order."""

    folder: str
    files: Mapping[str, bytes]  # relative path -> content
    runs: Sequence[Sequence[str]]  # each run's argv (the script, then its arguments)

    def to_json(self) -> dict:
        return {
            "folder": self.folder,
            "files": {
                name: base64.b64encode(data).decode("ascii")
                for name, data in sorted(self.files.items())
            },
            "runs": [list(argv) for argv in self.runs],
        }

    def key(self, pyodide: Pyodide) -> str:
        """What the results depend on: the runtime, the files, the runs."""
        return digest(
            {
                "pyodide": pyodide.version,
                "prover": digest(PROVER.read_bytes() + (SCRIPTS / "motw-session.mjs").read_bytes()),
                "folder": self.folder,
                "files": {name: digest(data) for name, data in sorted(self.files.items())},
                "runs": [list(argv) for argv in self.runs],
            }
        )


def run_session(pyodide: Pyodide, job: SessionJob, timeout: float) -> list[BrowserRun]:
    """Each run of *job*, in order; a run stopped at *timeout* seconds (the
    whole session's time limit) is unfinished and the ones after it are not
    run."""
    payload = json.dumps({"pyodide": str(pyodide.folder), "session": job.to_json()})
    env = {key: value for key, value in os.environ.items() if not key.startswith("NODE_")}
    try:
        finished = subprocess.run(
            [pyodide.node, *NODE_FLAGS, str(PROVER)],
            input=payload.encode(),
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
        stdout, timed_out = finished.stdout, False
    except subprocess.TimeoutExpired as expired:
        stdout, timed_out = expired.stdout or b"", True
    runs: list[BrowserRun] = []
    for line in stdout.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if "index" not in record:
            continue
        output = base64.b64decode(record["output"]).decode("utf-8", errors="replace")
        runs.append(BrowserRun(output, int(record["status"]), bool(record.get("cut"))))
        if record.get("fatal"):
            break
    if len(runs) < len(job.runs):  # the next run did not end
        runs.append(BrowserRun("", -1, finished=not timed_out))
    return runs
