"""The examples' environment for each configured Python (``motw envs``).

``make`` runs ``motw envs``: for every version of ``[tool.motw] pythons``
it finds an installed interpreter (not the environments themselves) and
creates ``.venvs/<version>`` with the ``examples`` dependency group of
``pyproject.toml`` (what the examples need beyond the standard library,
such as ``cryptography``).  The tooling keeps running in ``.venv``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..config import load
from ..digests import digest
from ..engine.interpreters import VENVS_DIR, Interpreters, candidates, override_variable

STAMP = ".examples-installed"


def wanted(pyproject: Path) -> str:
    """What an environment is made from: the examples group, as written."""
    import tomllib

    groups = tomllib.loads(pyproject.read_text("utf-8")).get("dependency-groups", {})
    return digest(groups.get("examples", []))


def create(root: Path, missing_ok: bool = False) -> int:
    """Create or update ``.venvs/<version>`` for every configured Python;
    an environment already made from the same ``examples`` group is kept."""
    config = load(root)
    status = 0
    pyproject = root / "pyproject.toml"
    made_from = wanted(pyproject)
    for version in config.pythons:
        target = root / VENVS_DIR / version
        stamp = target / STAMP
        if stamp.is_file() and stamp.read_text().strip() == made_from:
            continue
        base = _base_interpreter(root, version)
        if base is None:
            message = (
                f"Python {version} is not installed "
                f"(pyenv install {version}, or set ${override_variable(version)})"
            )
            print(("skipped: " if missing_ok else "error: ") + message, file=sys.stderr)
            status = status if missing_ok else 1
            continue
        print(f"envs: {target} from {base}", file=sys.stderr)
        steps = [
            [base, "-m", "venv", "--clear", str(target)],
            [
                str(target / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--upgrade",
                "pip>=25.1",
            ],
            [
                str(target / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--group",
                f"{pyproject}:examples",
            ],
        ]
        for step in steps:
            if subprocess.run(step).returncode:
                print(f"error: {' '.join(step)} failed", file=sys.stderr)
                return 1
        stamp.write_text(made_from + "\n")
    return status


def _base_interpreter(root: Path, version: str) -> str | None:
    finder = Interpreters(Path("/nonexistent"))  # never the environments themselves
    for path in candidates(version, root):
        if Path(VENVS_DIR) in Path(os.path.relpath(path, root)).parents:
            continue
        if os.access(path, os.X_OK) and os.path.isfile(path):
            described = finder.describe(path)
            if described and described[1].rsplit(".", 1)[0] == version:
                return path
    return None


def show(root: Path) -> int:
    config = load(root)
    finder = Interpreters(root)
    for number, version in enumerate(config.pythons):
        found = finder.find(version)
        role = "primary" if number == 0 else "checked"
        where = f"{found.display} at {found.executable}" if found else "NOT FOUND"
        print(f"{version} ({role}): {where}")
    return 0 if all(finder.find(v) for v in config.pythons) else 1
