"""The Pythons that run the examples: found, not hard-coded, and probed once.

For a configured version such as ``3.12`` the first of these wins:

1. ``$MOTW_PYTHON_3_12``, the path of an interpreter (an override);
2. ``.venvs/3.12/bin/python`` in the project, the examples' environment
   that ``motw envs`` (run by ``make``) creates with the ``examples``
   dependency group;
3. the Python running the pass, if it is that version;
4. ``python3.12`` on ``PATH`` (not a pyenv shim);
5. pyenv's newest ``3.12.*`` (``$PYENV_ROOT``, else ``~/.pyenv``).

What an interpreter is (its exact version and installation prefixes) is
asked once and remembered by the interpreter's path and the stat of the
binary it resolves to, so a warm pass spawns nothing.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
from pathlib import Path

from ..atomic import load_record, save_record
from ..config import running_version
from ..digests import digest

VENVS_DIR = ".venvs"
PROBE = """
import json, site, sys
from importlib import metadata
print(json.dumps([
    sys.implementation.name,
    sys.version.split()[0],
    sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}),
    sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions()),
    site.getsitepackages(),
]))
"""


@dataclasses.dataclass(frozen=True)
class Interpreter:
    version: str  # as configured: "3.12"
    executable: str
    implementation: str  # "cpython 3.12.1": part of every cache key
    prefixes: tuple[str, ...]  # shown as "..." in transcripts
    packages: str = ""  # digest of the installed distributions: part of every cache key

    @property
    def display(self) -> str:
        name, _, number = self.implementation.partition(" ")
        return f"{ {'cpython': 'CPython', 'pypy': 'PyPy'}.get(name, name) } {number}".strip()


def override_variable(version: str) -> str:
    return "MOTW_PYTHON_" + version.replace(".", "_")


def candidates(version: str, root: Path) -> list[str]:
    """Where *version* may be, in the order of the module docstring."""
    found = []
    override = os.environ.get(override_variable(version))
    if override:
        return [override]
    found.append(str(root / VENVS_DIR / version / "bin" / "python"))
    if running_version() == version:
        found.append(sys.executable)
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if folder and "shims" not in Path(folder).parts:
            found.append(os.path.join(folder, f"python{version}"))
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    patches = []
    if pyenv.is_dir():
        for entry in pyenv.iterdir():
            match = re.fullmatch(re.escape(version) + r"\.(\d+)", entry.name)
            if match:
                patches.append((int(match[1]), str(entry / "bin" / f"python{version}")))
    found.extend(path for _, path in sorted(patches, reverse=True))
    return found


def _signature(path: str, site_folders: list[str]) -> list:
    real = os.path.realpath(path)
    stat = os.stat(real)
    folders: list[int | None] = []
    for folder in site_folders:
        try:
            folders.append(os.stat(folder).st_mtime_ns)
        except OSError:
            folders.append(None)
    return [real, stat.st_size, stat.st_mtime_ns, folders]


class Interpreters:
    """Finds and describes interpreters, remembering what it asked."""

    def __init__(self, root: Path, record: Path | None = None):
        self.root = root
        self.record = record
        self.known: dict[str, list] = load_record(record) or {}
        self.changed = False
        self.found: dict[str, Interpreter | None] = {}

    def find(self, version: str) -> Interpreter | None:
        if version not in self.found:
            self.found[version] = self._find(version)
        return self.found[version]

    def _find(self, version: str) -> Interpreter | None:
        for path in candidates(version, self.root):
            if os.access(path, os.X_OK) and os.path.isfile(path):
                described = self.describe(path)
                if described and described[1].rsplit(".", 1)[0] == version:
                    name, number, prefixes, packages, _ = described
                    # pip installs the packages: its own version says nothing of them
                    used = [p for p in packages if not p.lower().startswith("pip==")]
                    return Interpreter(
                        version, path, f"{name} {number}", tuple(prefixes), digest(used)
                    )
        return None

    def describe(self, path: str) -> list | None:
        """``[implementation, version, prefixes, distributions, site folders]``
        of the interpreter at *path*, remembered while neither its binary
        nor its site-packages folders change."""
        entry = self.known.get(path)
        try:
            if entry and entry[0] == _signature(path, entry[1][4]):
                return entry[1]
        except (IndexError, TypeError, OSError):
            pass  # an older record, or a changed install: ask again
        import subprocess

        try:
            answer = subprocess.run(
                [path, "-I", "-c", PROBE], capture_output=True, text=True, timeout=30
            )
            described = json.loads(answer.stdout)
        except (OSError, ValueError, subprocess.SubprocessError):
            return None
        self.known[path] = [_signature(path, described[4]), described]
        self.changed = True
        return described

    def save(self) -> None:
        if self.changed and save_record(self.record, self.known):
            self.changed = False
