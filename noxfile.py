"""The tooling's own tests on every configured CPython: ``make test-pythons``.

One session per version of ``[tool.motw] pythons`` (``tests-3.15`` ...
``tests-3.11``), each in its own virtual environment with ``.[test]``
installed (a built wheel, not an editable install, so packaging mistakes
such as a missing data file fail here).  The interpreter of each is the
one the cog pass uses, found by :mod:`motw.engine.interpreters` (the
newest patch release among PATH, pyenv, uv and the Pythons ``make``
provisions; ``$MOTW_PYTHON_3_X`` wins).  Nothing is downloaded.

The matrix stays fast: the tests marked ``slow`` (the browser tests and
the whole-site builds and re-runs, whose work happens in the examples'
own interpreters under ``.venvs/`` whatever Python runs pytest) are left
to the main session, ``make test``, which runs everything.  Arguments
after ``--`` replace that selection: ``nox -s tests-3.12 -- -m slow``.

Every session prints how long it took; nox's summary lists them all.
"""

from __future__ import annotations

import time
from pathlib import Path

import nox

from motw.config import load
from motw.engine.interpreters import Interpreters

VERSIONS = load(Path(__file__).parent).pythons
FAST = ["-m", "not slow"]

nox.options.sessions = [f"tests-{version}" for version in VERSIONS]
nox.options.download_python = "never"
# uv makes each session's environment and installs into it in seconds
# (a dependency of the tests); virtualenv where it is missing.
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = False


def interpreter(version: str) -> str:
    """The path of CPython *version*, or the bare version for nox to report missing."""
    found = Interpreters(Path(__file__).parent).base(version)
    return found[1] if found else version


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
