"""The fixed environment example scripts run in.

Nothing of the author's shell leaks in: the same script gives the same
bytes on every machine, in every pass, in any order.
"""

from __future__ import annotations

import os
import sys

# Variables whose values are the same everywhere; they go into digests.
FIXED = {
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "TZ": "UTC",
    "PYTHONHASHSEED": "0",
    "PYTHONUNBUFFERED": "1",  # stdout and stderr interleave as on a terminal
    "PYTHONIOENCODING": "utf-8",
    "PYTHONNOUSERSITE": "1",
    "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ next to the examples
    "COLUMNS": "80",
    "LINES": "24",
    "NO_COLOR": "1",
    "TERM": "dumb",
}

SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"


def script_environment(home: str) -> dict[str, str]:
    """The environment for one run; *home* is its scratch folder.

    ``PATH`` starts with the folder of the running interpreter, so that
    ``python3`` in a transcript is the interpreter of the pass (the
    project's virtual environment), never whatever the shell finds.
    """
    env = dict(FIXED)
    env["PATH"] = os.pathsep.join([os.path.dirname(sys.executable), SYSTEM_PATH])
    env["HOME"] = home
    env["TMPDIR"] = os.environ.get("TMPDIR", "/tmp")
    return env


def interpreter_version() -> str:
    """The implementation and version of the interpreter that runs scripts."""
    return f"{sys.implementation.name} {sys.version.split()[0]}"
