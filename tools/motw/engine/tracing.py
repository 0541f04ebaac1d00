"""What a run opened and listed, read back from its tracer's log.

The tracer (``tracer/sitecustomize.py``) runs inside every Python of a
run.  This module gives the pass its side: the folder to put on
``PYTHONPATH``, and :func:`read_trace`, which keeps what happened inside
the run's working copy.  A run is *opaque* (it may have seen anything
in its working copy) when the tracer could not follow it: a command that
is not Python, shell syntax around the script, a child process that is
not a traced Python, a tracer that did not start.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

TRACER_DIR = Path(__file__).with_name("tracer")
# Shell syntax in a command line (the shell itself may read files):
# outside quotes, and `$` or a backquote even inside double quotes.
UNQUOTED = set("<>|&;$`*?[]{}~()\\")
IN_DOUBLE_QUOTES = set("$`\\")


@dataclasses.dataclass(frozen=True)
class Trace:
    """Paths (relative to the working copy, ``/``-separated) a run used."""

    reads: frozenset[str] = frozenset()  # opened, stat-ed, connected to
    lists: frozenset[str] = frozenset()  # folders whose entries it listed
    opaque: bool = False  # it may have seen every file

    @classmethod
    def everything(cls) -> Trace:
        return cls(opaque=True)


def install(scratch: Path) -> Path:
    """Copy the tracer into *scratch* (shown as ``...`` in transcripts,
    unlike the project's own path); return the folder for PYTHONPATH."""
    target = scratch / "tracer"
    target.mkdir(exist_ok=True)
    shutil.copy2(TRACER_DIR / "sitecustomize.py", target / "sitecustomize.py")
    return target


def precompile(tracer: Path, executable: str) -> None:
    """Compile the tracer for *executable* once a pass: runs never write
    bytecode (``PYTHONDONTWRITEBYTECODE``) but read it, and compiling the
    tracer in every run would cost each a few milliseconds."""
    import subprocess

    script = "import py_compile, sys; py_compile.compile(sys.argv[1], doraise=True)"
    try:
        subprocess.run(
            [executable, "-I", "-c", script, str(tracer / "sitecustomize.py")],
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        pass  # only slower: every run compiles it


def traceable(command_text: str, interpreter: str | None) -> bool:
    """Whether a run of this command can be followed at all."""
    return bool(interpreter) and not shell_syntax(command_text)


def shell_syntax(text: str) -> bool:
    """Whether the shell does more with *text* than split it into words."""
    quote = ""
    for char in text:
        if quote == "'":
            quote = "" if char == "'" else quote
        elif quote == '"':
            if char == '"':
                quote = ""
            elif char in IN_DOUBLE_QUOTES:
                return True
        elif char in "'\"":
            quote = char
        elif char in UNQUOTED:
            return True
    return False


def read_trace(log: Path, workdir: Path) -> Trace:
    """The trace of a run whose tracer wrote *log*, working in *workdir*."""
    try:
        text = log.read_bytes().decode("utf-8", "surrogateescape")
    except OSError:
        return Trace.everything()
    base = os.path.realpath(workdir)
    reads: set[str] = set()
    lists: set[str] = set()
    started = False
    for line in text.splitlines():
        kind, _, path = line.partition("\t")
        if kind == "start":
            started = True
            continue
        if kind == "opaque":
            return Trace.everything()
        relative = _inside(path, base)
        if relative is None or "__pycache__" in relative.split("/"):
            continue
        if kind in ("read", "stat"):
            reads.add(relative)
        elif kind == "list":
            lists.add(relative)
    if not started:
        return Trace.everything()
    return Trace(frozenset(reads), frozenset(lists))


def _inside(path: str, base: str) -> str | None:
    if path == base:
        return "."
    if not path.startswith(base + os.sep):
        real = os.path.realpath(path)
        if real != path:
            return _inside(real, base)
        return None
    return path[len(base) + 1 :].replace(os.sep, "/")
