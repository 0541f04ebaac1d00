"""Run one command as a process tree that cannot outlive its run.

The command runs through ``/bin/sh`` with standard input closed (a
script that reads it gets end-of-file at once) and standard error
merged into standard output, in order.  Three bounds hold whatever the
script does:

- **time**: at the timeout every process of the run is killed, even a
  daemon that left the process group (``setsid``) and kept the output
  pipe open; reading stops a short grace period after the main process
  exits, whoever still holds the pipe; a main process that closed its
  output is waited for, up to the timeout;
- **survivors**: none.  Where the kernel allows it the run gets its own
  PID namespace (``unshare --pid --mount-proc``, so that ``/proc`` shows
  the run's own processes, as ``python -m asyncio ps`` needs): when the
  run's first process ends, the kernel kills every process left in it.  Elsewhere the pass is a
  child subreaper, so escaped daemons become its children, and every
  process still carrying the run's token in its environment is killed;
- **output**: at most ``OUTPUT_LIMIT`` bytes are kept; a flood stops the run.
"""

from __future__ import annotations

import ctypes
import dataclasses
import os
import selectors
import signal
import subprocess
import threading
import time
import uuid
from pathlib import Path

OUTPUT_LIMIT = 256 * 1024  # bytes kept of one run's output
CHUNK = 64 * 1024
GRACE = 0.5  # seconds of reading after the main process exits
TOKEN_VARIABLE = "MOTW_RUN_TOKEN"
PID_NAMESPACE = ["unshare", "--fork", "--pid", "--mount-proc", "--kill-child", "--"]

# Live runs, so an interrupted pass can end them all; once `stopping`
# is set no new run starts.
_running: dict[int, str] = {}
_running_lock = threading.Lock()
stopping = threading.Event()


@dataclasses.dataclass(frozen=True)
class Finished:
    """What one process tree did."""

    output: bytes
    status: int
    duration: float
    timed_out: bool = False
    truncated: bool = False


class Interrupted(Exception):
    """The pass is stopping: no new run starts."""


_isolation: list[str] | None = None


def isolation() -> list[str]:
    """The command prefix giving a run its own PID namespace, or [] where
    the kernel refuses (then the subreaper does the job)."""
    global _isolation
    if _isolation is None:
        if os.environ.get("MOTW_NO_PID_NAMESPACE"):
            _isolation = []
        else:
            try:
                probe = subprocess.run(
                    [*PID_NAMESPACE, "/bin/true"], capture_output=True, timeout=10
                )
                _isolation = PID_NAMESPACE if probe.returncode == 0 else []
            except (OSError, subprocess.SubprocessError):
                _isolation = []
        if not _isolation:
            become_subreaper()
    return _isolation


def become_subreaper() -> None:
    """Let orphans of our runs be re-parented to this process (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def run_process(command: str, cwd: Path, env: dict[str, str], timeout: float) -> Finished:
    """Run *command* with the shell in *cwd*; see the module docstring."""
    if stopping.is_set():
        raise Interrupted("the pass is stopping")
    token = uuid.uuid4().hex
    env = {**env, TOKEN_VARIABLE: token}
    started = time.monotonic()
    process = subprocess.Popen(
        [*isolation(), "/bin/sh", "-c", command],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, killed as one
    )
    with _running_lock:
        _running[process.pid] = token
    try:
        output, timed_out, truncated = _read(process, started + timeout)
    finally:
        _end(process.pid, token)
        process.stdout.close()  # type: ignore[union-attr]
        status = process.wait()
        with _running_lock:
            _running.pop(process.pid, None)
    return Finished(output, status, time.monotonic() - started, timed_out, truncated)


def _read(process: subprocess.Popen, deadline: float) -> tuple[bytes, bool, bool]:
    assert process.stdout is not None
    stream = process.stdout
    chunks: list[bytes] = []
    size = 0
    exited_at = None
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        while True:
            now = time.monotonic()
            if now >= deadline:
                return b"".join(chunks), True, False
            if exited_at is None and process.poll() is not None:
                exited_at = now
            if exited_at is not None and now - exited_at >= GRACE:
                break  # an escaped child holds the pipe: stop listening
            limit = deadline if exited_at is None else min(deadline, exited_at + GRACE)
            if not selector.select(timeout=min(limit - now, 0.25)):
                continue
            chunk = stream.read1(CHUNK)  # type: ignore[attr-defined]
            if not chunk:
                # Nobody holds the pipe any more, but a script that closed
                # its output may still be working: it has until the deadline.
                try:
                    process.wait(timeout=max(deadline - time.monotonic(), 0))
                except subprocess.TimeoutExpired:
                    return b"".join(chunks), True, False
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > OUTPUT_LIMIT:
                return b"".join(chunks)[:OUTPUT_LIMIT], False, True
    return b"".join(chunks), False, False


def _end(pid: int, token: str) -> None:
    """Kill whatever is left of a run: its group, and (without a PID
    namespace) every process carrying its token."""
    _kill_group(pid)
    if not _isolation:
        for leftover in _carriers(token):
            try:
                os.kill(leftover, signal.SIGKILL)
            except OSError:
                pass
            if leftover != pid:  # the main process is Popen's to collect:
                _reap(leftover)  # reaping it here would lose its status


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _carriers(token: str) -> list[int]:
    """The processes whose environment holds *token*."""
    needle = f"{TOKEN_VARIABLE}={token}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as stream:
                if needle in stream.read().split(b"\0"):
                    found.append(int(entry))
        except OSError:
            continue
    return found


def _reap(pid: int) -> None:
    """Collect a killed orphan that the subreaper inherited."""
    for _ in range(50):
        try:
            done, _status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return  # not ours: its parent collects it
        if done:
            return
        time.sleep(0.01)


def kill_all() -> None:
    """End every running run (used when a pass is interrupted)."""
    stopping.set()
    with _running_lock:
        runs = list(_running.items())
    for pid, token in runs:
        _end(pid, token)
