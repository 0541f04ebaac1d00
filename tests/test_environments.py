"""`motw envs` and `motw pythons`: the examples' environment on every Python."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from motw.config import running_version
from motw.engine.interpreters import Interpreters

RUNNING = running_version()


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        textwrap.dedent(
            f"""\
            [tool.motw]
            pythons = ["{RUNNING}"]

            [dependency-groups]
            examples = []
            """
        )
    )
    return tmp_path


def motw(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "motw", *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.slow
def test_envs_makes_one_environment_per_python_and_keeps_it(project):
    made = motw("envs")
    assert made.returncode == 0, made.stderr
    python = project / ".venvs" / RUNNING / "bin" / "python"
    assert python.is_file()
    inside = subprocess.run(
        [str(python), "-c", "import sys; print(sys.prefix != sys.base_prefix)"],
        capture_output=True,
        text=True,
    )
    assert inside.stdout == "True\n"
    stamp = (project / ".venvs" / RUNNING / ".examples-installed").stat().st_mtime_ns
    again = motw("envs")  # the same examples group: nothing to do
    assert again.returncode == 0 and "envs:" not in again.stderr
    assert (project / ".venvs" / RUNNING / ".examples-installed").stat().st_mtime_ns == stamp
    # the pass finds the environment first
    found = Interpreters(project).find(RUNNING)
    assert found is not None and found.executable == str(python)
    shown = motw("pythons")
    assert shown.returncode == 0
    assert shown.stdout.startswith(
        f"{RUNNING} (primary): {found.display} at {python} [.venvs/{RUNNING}, from "
    )


def test_a_missing_python_is_an_error_or_skipped(project, monkeypatch):
    (project / "pyproject.toml").write_text('[tool.motw]\npythons = ["3.99"]\n')
    failed = motw("envs")
    assert failed.returncode == 1
    assert "error: Python 3.99 is not installed" in failed.stderr
    assert "$MOTW_PYTHON_3_99" in failed.stderr
    skipped = motw("envs", "--missing-ok")
    assert skipped.returncode == 0 and "skipped: Python 3.99" in skipped.stderr
    shown = motw("pythons")
    assert shown.returncode == 1 and shown.stdout == "3.99 (primary): NOT FOUND\n"


def test_an_override_names_the_interpreter(project, monkeypatch):
    monkeypatch.setenv(f"MOTW_PYTHON_{RUNNING.replace('.', '_')}", sys.executable)
    found = Interpreters(project).find(RUNNING)
    assert found is not None and found.executable == sys.executable
    monkeypatch.setenv(f"MOTW_PYTHON_{RUNNING.replace('.', '_')}", "/nonexistent/python")
    assert Interpreters(project).find(RUNNING) is None
