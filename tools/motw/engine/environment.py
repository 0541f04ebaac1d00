"""The fixed environment example scripts run in.

Nothing of the author's shell leaks in: the same script gives the same
bytes on every machine, in every pass, in any order.
"""

from __future__ import annotations

import os

from ..digests import digest

# Variables whose values are the same everywhere; part of every cache key.
FIXED = {
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "TZ": "UTC",
    # zoneinfo reads the pinned tzdata package of the examples' environment,
    # not the host's time-zone files (which differ between machines).
    "PYTHONTZPATH": "",
    "PYTHONHASHSEED": "0",
    # stdout and stderr interleave as on a terminal; made line-buffered
    # (one write a line) by the module every run starts (tracer/).
    "PYTHONUNBUFFERED": "1",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONNOUSERSITE": "1",
    "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ next to the examples
    "COLUMNS": "80",
    "LINES": "24",
    "NO_COLOR": "1",
    "TERM": "dumb",
}
# `MOTW_STRICT=1` adds these, to prove the examples run clean with
# warnings as errors and the checks of development mode (the chapter
# tests do): the debug memory allocators and faulthandler, as -X dev
# turns them on.  Not -X dev itself: it also turns on asyncio's debug
# mode, which logs any callback slower than 0.1 s, so that a loaded
# machine changes what an asyncio example prints.
STRICT = {"PYTHONWARNINGS": "error", "PYTHONMALLOC": "debug", "PYTHONFAULTHANDLER": "1"}


def fixed() -> dict[str, str]:
    """The fixed variables of this pass."""
    return {**FIXED, **STRICT} if os.environ.get("MOTW_STRICT") else dict(FIXED)


def fixed_digest() -> str:
    return digest(fixed())


SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
TRACE_VARIABLE = "MOTW_TRACE"  # where the tracer of motw.engine.tracing writes


def script_environment(
    bin_dir: str, home: str, tmp: str, tracer_dir: str, trace_log: str | None
) -> dict[str, str]:
    """The environment of one run.

    ``PATH`` starts with *bin_dir*, where ``python3`` is the run's
    interpreter, so a transcript's ``python3`` is the Python of the run,
    never whatever the shell would find.  *home* and *tmp* are the run's
    own scratch folders.  Every Python of the run starts the module in
    *tracer_dir* (whole lines; tracing into *trace_log* when given),
    which hides ``PYTHONPATH`` and the ``MOTW_*`` variables from the
    script (see ``tracer/sitecustomize.py``).
    """
    env = fixed()
    env["PATH"] = os.pathsep.join([bin_dir, SYSTEM_PATH])
    env["HOME"] = home
    env["TMPDIR"] = tmp
    env["PYTHONPATH"] = tracer_dir
    if trace_log:
        env[TRACE_VARIABLE] = trace_log
    return env
