"""One run: a working copy made real, the command run in it, what it did.

A :class:`Workspace` is a pass's scratch folder: the tracer, a ``bin``
folder per interpreter (where ``python3``, ``python`` and ``python3.X``
start that interpreter) and one folder per run holding the working copy
(named like the example folder: scripts can see the name), a home and a
temporary folder.  Every path of the workspace is shown as ``...`` in
transcripts.

The runs of one page session (a *place*) all run at the same path, pass
after pass, one at a time, as the scripts of a page run plainly in one
folder: a file that records absolute paths (``trace``'s counts, a
database of file names) still names the files of the working copy when
a later run, even in a later pass, reads it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import functools
import itertools
import os
import shlex
import shutil
import tempfile
import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..digests import digest
from .cache import Recorded, RunResult
from .environment import script_environment
from .interpreters import Interpreter
from .key import Fingerprint, setup_of
from .process import OUTPUT_LIMIT, run_process
from .state import State, effects_between
from .tracing import Trace, install, precompile, read_trace, traceable
from .workcopy import BlobStore, keep_effects, make_real, scan

if TYPE_CHECKING:
    from .transcript import Request

MASK = "..."


@dataclasses.dataclass(frozen=True)
class RunSpec:
    """What to run, on which Python, from which example folder."""

    command: str
    interpreter: Interpreter
    example_dir: Path
    timeout: float
    traceable: bool  # False: the run may see every file (see motw.engine.tracing)

    @classmethod
    def of(cls, request: Request, interpreter: Interpreter) -> RunSpec:
        """The run a ``run_script`` *request* is, on *interpreter*."""
        command = request.command
        return cls(
            command.text,
            interpreter,
            request.example_dir,
            request.options.timeout,
            traceable(command.text, command.interpreter),
        )

    @functools.cached_property
    def setup(self) -> str:
        return setup_of(self.command, self.interpreter, self.example_dir)


class Workspace:
    """The scratch folder of one pass; remove it with :meth:`close`."""

    def __init__(self, blobs: BlobStore):
        self.root, self.claim = claim_root(blobs.folders[0] if blobs.folders else None)
        self.tracer = install(self.root)
        blobs.add_scratch(self.root / "blobs")
        self.blobs = blobs
        self.counter = itertools.count(1)
        self.lock = threading.Lock()
        self.bins: dict[str, Path] = {}
        self.places: dict[str, threading.Lock] = {}

    def bin_dir(self, interpreter: Interpreter) -> Path:
        """A folder where ``python``, ``python3`` and ``python3.X`` start
        *interpreter*.  They are small scripts, not links: a virtual
        environment's Python knows it is one only when started by its own
        path."""
        with self.lock:
            if interpreter.executable not in self.bins:
                folder = self.root / f"bin-{len(self.bins) + 1}"
                folder.mkdir()
                script = f'#!/bin/sh\nexec {shlex.quote(interpreter.executable)} "$@"\n'
                for name in ("python", "python3", f"python{interpreter.version}"):
                    (folder / name).write_text(script)
                    (folder / name).chmod(0o755)
                precompile(self.tracer, interpreter.executable)
                self.bins[interpreter.executable] = folder
            return self.bins[interpreter.executable]

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        with contextlib.suppress(OSError):
            os.unlink(f"{self.root}.lock")
        self.claim.close()  # and with it the lock

    def run(self, spec: RunSpec, state: State, committed: State, place: str = "") -> Recorded:
        """Run *spec* in a working copy holding *state*; record what it
        did.  Runs of one *place* (a page session) run one at a time at
        one path; without a place, a run gets a folder of its own."""
        if not place:
            with self.lock:
                number = next(self.counter)
            return self._run(spec, state, committed, self.root / f"run-{number}")
        with self.lock:
            turn = self.places.setdefault(place, threading.Lock())
        with turn:
            return self._run(spec, state, committed, self.root / f"at-{digest(place)[:16]}")

    def _run(self, spec: RunSpec, state: State, committed: State, root: Path) -> Recorded:
        workdir = root / spec.example_dir.name
        try:
            for folder in ("home", "tmp"):
                (root / folder).mkdir(parents=True)
            make_real(workdir, state, spec.example_dir, committed, self.blobs)
            log = root / "trace.log"
            env = script_environment(
                str(self.bin_dir(spec.interpreter)),
                str(root / "home"),
                str(root / "tmp"),
                str(self.tracer),
                str(log) if spec.traceable else None,
            )
            finished = run_process(spec.command, workdir, env, spec.timeout)
            trace = read_trace(log, workdir) if spec.traceable else Trace.everything()
            after = scan(workdir)
            effects = effects_between(state, after)
            keep_effects(workdir, effects, self.blobs)
        finally:
            shutil.rmtree(root, ignore_errors=True)
        text = finished.output.decode("utf-8", errors="replace")
        replaced = text.count("\ufffd") - finished.output.count("\ufffd".encode())
        if finished.truncated:
            text = text.rstrip("\n") + f"\n[output cut: more than {OUTPUT_LIMIT // 1024} KiB]\n"
        result = RunResult(
            output=self.mask(text, workdir, root, spec.interpreter),
            status=finished.status,
            duration=finished.duration,
            timed_out=finished.timed_out,
            truncated=finished.truncated,
            replaced_bytes=max(replaced, 0),
        )
        return Recorded(Fingerprint.of(trace, state), effects, result)

    def mask(self, text: str, workdir: Path, root: Path, interpreter: Interpreter) -> str:
        """Scratch paths and the interpreter's installation as ``...``."""
        prefixes = [str(workdir), str(root), str(self.root), *interpreter.prefixes]
        real = [os.path.realpath(p) for p in prefixes]
        for prefix in sorted(set(prefixes + real), key=len, reverse=True):
            if prefix and prefix != os.sep:
                text = text.replace(prefix, MASK)
        return text


def claim_root(cache: Path | None) -> tuple[Path, IO[str]]:
    """A scratch folder at the same path pass after pass for one cache
    (see the module docstring), unless another workspace holds it: then
    the next free one.  Returns it with the open file holding the claim."""
    identity = digest(os.path.abspath(cache) if cache else os.getcwd())[:12]
    base = Path(tempfile.gettempdir()) / f"motw-{os.getuid()}-{identity}"
    for number in itertools.count():
        root = Path(f"{base}-{number}")
        claim = open(f"{root}.lock", "a")  # noqa: SIM115 (held until close)
        try:
            fcntl.flock(claim, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            claim.close()
            continue
        shutil.rmtree(root, ignore_errors=True)  # left by a pass that was killed
        root.mkdir(mode=0o700)
        return root, claim
    raise AssertionError("unreachable")
