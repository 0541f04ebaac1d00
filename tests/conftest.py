"""Shared fixtures: small throw-away projects laid out like the real one.

Two collection rules hold for the whole suite:

- a test marked ``primary_only`` (it compares with transcripts that the
  primary Python of ``[tool.motw]`` made) is skipped, with that reason,
  when pytest runs on another Python;
- a test module (or test class) that collects no test fails, as
  ``<module>::collected nothing``, so nothing is ever silently empty.
"""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

HEADER = '#!/usr/bin/env python3\n# encoding: utf-8\n"""{doc}"""\n\n#end_pymotw_header\n'


def script(body: str, doc: str = "An example.") -> str:
    return HEADER.format(doc=doc) + textwrap.dedent(body).lstrip("\n")


def cog_block(call: str) -> str:
    return f".. {{{{{{cog\n.. cog.out({call})\n.. }}}}}}\n.. {{{{{{end}}}}}}\n"


class Project:
    """A temporary project: ``docs/<chapter>/`` and ``source_examples/<chapter>/``."""

    def __init__(self, root: Path):
        self.root = root
        (root / "docs").mkdir()
        (root / "source_examples").mkdir()

    def script(self, chapter: str, name: str, body: str) -> Path:
        path = self.root / "source_examples" / chapter / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body if body.startswith("#!") else script(body))
        return path

    def page(self, chapter: str, name: str, *calls: str, prose: str = "Intro.\n") -> Path:
        path = self.root / "docs" / chapter / name
        path.parent.mkdir(parents=True, exist_ok=True)
        parts = [f"{name}\n{'=' * len(name)}\n\n{prose}\n"]
        parts += [cog_block(call) + "\nSome prose.\n\n" for call in calls]
        path.write_text("".join(parts))
        return path


@pytest.fixture
def project(tmp_path, monkeypatch) -> Project:
    """An empty project; the current directory is its root."""
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.chdir(root)
    monkeypatch.delenv("MOTW_CACHE_DIR", raising=False)
    return Project(root)


@pytest.fixture
def spawned(monkeypatch) -> list[str]:
    """The commands of the scripts a pass really runs, in order."""
    from motw.engine import runner

    commands: list[str] = []
    real = runner.run_process

    def recording(command, *args):
        commands.append(command)
        return real(command, *args)

    monkeypatch.setattr(runner, "run_process", recording)
    return commands


@pytest.fixture
def cli(capsys):
    """Run ``motw`` in-process; returns (exit status, stdout, stderr)."""
    from motw.cli import main

    def run(*args: str):
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run


@pytest.fixture
def make():
    """``make(root, *targets)``: make run in a copy of the project (a
    ``repo_copy``, a ``chapter_site.make_site``).  ``-o``: the shared
    ``.venv``, ``.venvs`` and ``node_modules`` are installed already; a copy
    never reinstalls them."""

    def run(root: Path, *targets: str, timeout: float = 600) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["make", "--no-print-directory", "-o", ".venv/.installed", "-o", "envs"]
            + ["-o", "node_modules/.installed"]
            + list(targets),
            cwd=root,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return run


@pytest.fixture
def repo_copy(tmp_path) -> Path:
    """A copy of the real project (sources only) using the real .venv."""
    root = tmp_path / "repo"
    root.mkdir()
    for name in ("docs", "source_examples"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("conf.py", "Makefile", "pyproject.toml", "LICENSE"):
        shutil.copy2(REPO / name, root / name)
    for name in (".venv", ".venvs"):
        if (REPO / name).is_dir():
            (root / name).symlink_to(REPO / name)
    return root


# Collection rules (see the module docstring).


def pytest_collection_modifyitems(config, items):
    from motw.config import load, running_version

    primary, running = load(REPO).primary, running_version()
    if running == primary:
        return
    skip = pytest.mark.skip(
        reason=f"primary_only: compares with transcripts made by Python {primary}, "
        f"the primary of [tool.motw]; this is Python {running}"
    )
    for item in items:
        if item.get_closest_marker("primary_only"):
            item.add_marker(skip)


class CollectedNothing(pytest.Item):
    """Stands for a test module (or class) that collected no test, and fails."""

    def runtest(self):
        pytest.fail(
            f"{self.parent.nodeid} collected no test: a test module or class must hold "
            "at least one (functions named test_*, classes named Test*)",
            pytrace=False,
        )

    def reportinfo(self):
        return self.path, None, "collected nothing"


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if (
        isinstance(collector, pytest.Module | pytest.Class)
        and report.passed
        and not report.result
        # --lf skips the modules without failures so: they are not empty.
        and not collector.config.getoption("lf", False)
    ):
        report.result.append(CollectedNothing.from_parent(collector, name="collected nothing"))
    return report
