"""Run one command in a scratch copy of its example folder.

The command runs through ``/bin/sh`` in a fresh copy of the folder, so
a script that writes files or imports siblings works and the repository
stays clean.  Standard error is merged into standard output in order;
the output is capped; a timeout kills the whole process group.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from .environment import script_environment

OUTPUT_LIMIT = 256 * 1024  # bytes kept of one run's output
CHUNK = 64 * 1024
IGNORED_NAMES = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")

# Live process groups, so an interrupted pass can end them all; once
# `stopping` is set no new script starts.
_running: set[int] = set()
_running_lock = threading.Lock()
stopping = threading.Event()


@dataclasses.dataclass(frozen=True)
class RunResult:
    """What one run produced."""

    output: str
    status: int
    duration: float
    timed_out: bool = False
    truncated: bool = False
    replaced_bytes: int = 0  # bytes that were not valid UTF-8

    @property
    def ok(self) -> bool:
        return self.status == 0 and not self.timed_out

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> RunResult:
        return cls(**data)


def run_command(
    command: str, example_dir: Path, timeout: float, files: Iterable[str] | None = None
) -> RunResult:
    """Run *command* with the shell in a scratch copy of *example_dir*.

    *files* (paths relative to the folder) limits the copy to what the
    run may use, the same files its cache key covers; None copies all.
    """
    with tempfile.TemporaryDirectory(prefix="motw-") as scratch_root:
        workdir = Path(scratch_root) / example_dir.name
        if files is None:
            shutil.copytree(example_dir, workdir, ignore=IGNORED_NAMES, symlinks=True)
        else:
            for name in files:
                target = workdir / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(example_dir / name, target)
            workdir.mkdir(exist_ok=True)
        result = _run_in(command, workdir, scratch_root, timeout)
    # The scratch path means nothing to a reader: show it as "...".
    output = result.output.replace(str(workdir), "...").replace(scratch_root, "...")
    return dataclasses.replace(result, output=output)


def _run_in(command: str, workdir: Path, home: str, timeout: float) -> RunResult:
    started = time.monotonic()
    if stopping.is_set():
        raise KeyboardInterrupt("the pass is stopping")
    process = subprocess.Popen(
        command,
        shell=True,
        cwd=workdir,
        env=script_environment(home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, killed as one
    )
    with _running_lock:
        _running.add(process.pid)
    timed_out = threading.Event()

    def expire() -> None:
        timed_out.set()
        _kill_group(process.pid)

    timer = threading.Timer(timeout, expire)
    timer.start()
    chunks: list[bytes] = []
    size = 0
    truncated = False
    try:
        while chunk := process.stdout.read1(CHUNK):
            chunks.append(chunk)
            size += len(chunk)
            if size > OUTPUT_LIMIT:
                truncated = True
                _kill_group(process.pid)
                break
        process.stdout.close()
        status = process.wait()
    finally:
        timer.cancel()
        _kill_group(process.pid)  # leftovers of a script that forked
        with _running_lock:
            _running.discard(process.pid)
    raw = b"".join(chunks)[:OUTPUT_LIMIT]
    text = raw.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - raw.count("\ufffd".encode())
    if truncated:
        text = text.rstrip("\n") + (f"\n[output cut: more than {OUTPUT_LIMIT // 1024} KiB]\n")
    return RunResult(
        output=text,
        status=status,
        duration=time.monotonic() - started,
        timed_out=timed_out.is_set(),
        truncated=truncated,
        replaced_bytes=max(replaced, 0),
    )


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def kill_all() -> None:
    """End every running script (used when a pass is interrupted)."""
    stopping.set()
    with _running_lock:
        pids = list(_running)
    for pid in pids:
        _kill_group(pid)
