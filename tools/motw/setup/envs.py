"""The examples' environment for each configured Python (``motw envs``).

``make`` runs ``motw envs``: for every version of ``[tool.motw] pythons``
it takes the installation that wins (:mod:`motw.engine.interpreters`:
the newest patch release) and creates ``.venvs/<version>`` from it with
the ``examples`` dependency group of ``pyproject.toml`` (what the examples
need beyond the standard library).  An environment is made again when
the group changes or a newer release of its line wins.  The tooling
keeps running in ``.venv``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..config import load
from ..digests import digest
from ..engine import provision
from ..engine.interpreters import VENVS_DIR, Interpreters, override_variable

STAMP = ".examples-installed"


def wanted(pyproject: Path, base: str, release: str) -> str:
    """What an environment is made from: the examples group, as written,
    and the installation and release of its base."""
    import tomllib

    groups = tomllib.loads(pyproject.read_text("utf-8")).get("dependency-groups", {})
    return digest([groups.get("examples", []), base, release])


def create(root: Path, missing_ok: bool = False) -> int:
    """Create or update ``.venvs/<version>`` for every configured Python."""
    config = load(root)
    status = 0
    pyproject = root / "pyproject.toml"
    finder = Interpreters(root)
    for version in config.pythons:
        chosen = finder.base(version)
        if chosen is None:
            message = (
                f"Python {version} is not installed "
                f"(run 'motw provision', pyenv install {version}, "
                f"or set ${override_variable(version)})"
            )
            print(("skipped: " if missing_ok else "error: ") + message, file=sys.stderr)
            status = status if missing_ok else 1
            continue
        source, base, _ = chosen
        release = finder.describe(base)[1]  # type: ignore[index]
        target = root / VENVS_DIR / version
        made_from = wanted(pyproject, base, release)
        stamp = target / STAMP
        if stamp.is_file() and stamp.read_text().strip() == made_from:
            continue
        print(f"envs: {target} from CPython {release} ({source}: {base})", file=sys.stderr)
        for step in _steps(base, target, pyproject):
            if subprocess.run(step).returncode:
                print(f"error: {' '.join(step)} failed", file=sys.stderr)
                return 1
        stamp.write_text(made_from + "\n")
    return status


def _steps(base: str, target: Path, pyproject: Path) -> list[list[str]]:
    python = str(target / "bin" / "python")
    install = [python, "-m", "pip", "install", "--quiet"]
    wheel = _provisioned_pip(base)
    if wheel is None:
        first = [[base, "-m", "venv", "--clear", str(target)], [*install, "--upgrade", "pip>=25.1"]]
    else:
        # Debian's ensurepip would take the host's older pip wheel: the
        # tree's own wheel installs pip instead.
        first = [
            [base, "-m", "venv", "--clear", "--without-pip", str(target)],
            [python, f"{wheel}/pip", "install", "--quiet", "--no-index", str(wheel)],
        ]
    return [*first, [*install, "--group", f"{pyproject}:examples"]]


def _provisioned_pip(base: str) -> Path | None:
    for tree in provision.trees():
        if Path(base).is_relative_to(tree.root):
            return tree.pip_wheel()
    return None
