"""The tooling's own tests on every supported CPython: ``make test-pythons``.

One session per version (``tests-3.13``, ``tests-3.12``, ``tests-3.11``),
each in its own virtual environment with ``.[test]`` installed (a built
wheel, not an editable install, so packaging mistakes such as a missing
data file fail here).  Interpreters are found without a version manager's
help: ``python3.X`` on PATH if it really runs, else pyenv's newest
``3.X.*`` (``$PYENV_ROOT``, else ``~/.pyenv``).  Nothing is downloaded.

The matrix stays fast: the tests marked ``slow`` (the browser tests and
the whole-site builds and re-runs, whose work happens in the examples'
own interpreters under ``.venvs/`` whatever Python runs pytest) are left
to the main session, ``make test``, which runs everything.  Arguments
after ``--`` replace that selection: ``nox -s tests-3.12 -- -m slow``.

Every session prints how long it took; nox's summary lists them all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import nox

VERSIONS = ("3.13", "3.12", "3.11")
FAST = ["-m", "not slow"]

nox.options.sessions = [f"tests-{version}" for version in VERSIONS]
nox.options.download_python = "never"
nox.options.reuse_existing_virtualenvs = False


def runs(executable: str) -> bool:
    """Whether *executable* starts (a pyenv shim for an inactive version fails)."""
    try:
        result = subprocess.run([executable, "-c", "pass"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def interpreter(version: str) -> str:
    """The path of CPython *version*, or the bare version for nox to report missing."""
    on_path = shutil.which(f"python{version}")
    if on_path and runs(on_path):
        return on_path
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    installed = sorted(
        root.glob(f"{version}.*/bin/python{version}"),
        key=lambda path: [int(part) for part in path.parts[-3].split(".") if part.isdigit()],
    )
    for candidate in reversed(installed):
        if runs(str(candidate)):
            return str(candidate)
    return version


def define(version: str) -> None:
    @nox.session(name=f"tests-{version}", python=interpreter(version))
    def tests(session: nox.Session) -> None:
        started = time.monotonic()
        installed = started
        try:
            session.install(".[test]")
            installed = time.monotonic()
            session.run("python", "-m", "pytest", *(session.posargs or FAST))
        finally:
            finished = time.monotonic()
            session.log(
                f"tests-{version}: {finished - started:.0f} s "
                f"(install {installed - started:.0f} s, pytest {finished - installed:.0f} s)"
            )


for _version in VERSIONS:
    define(_version)
