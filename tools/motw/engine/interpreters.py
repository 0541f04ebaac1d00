"""The Pythons that run the examples: found, never hard-coded, probed once.

This module is the one place that decides which interpreter is "Python
3.15" here.  ``$MOTW_PYTHON_3_15``, the path of an interpreter, wins
outright.  Otherwise every installation of the line is a candidate, from
these sources (:func:`installations`, in this order):

1. the Python running the pass (the tooling's environment: a throw-away
   project's scripts see its packages, as PyMOTW's activated one did);
2. ``python3.15`` on ``PATH`` (not a version manager's shim);
3. pyenv's ``3.15.*`` (``$PYENV_ROOT``, else ``~/.pyenv``);
4. uv's managed ``cpython-3.15.*`` (``$UV_PYTHON_INSTALL_DIR``, else
   ``~/.local/share/uv/python``);
5. the trees ``motw provision`` unpacked from Debian's archive
   (:mod:`.provision`).

**The newest patch release wins** (3.13.18 over pyenv's 3.13.0); between
equal releases, the earlier source.  The examples' environment
``.venvs/3.15`` (``motw envs``, with the ``examples`` dependency group) is
then used if it was made from that release; if it was made from an older
one the winner runs bare, and :attr:`Interpreter.note` says to run
``make``.  What an interpreter is (its exact release, prefixes, installed
distributions) is asked once and remembered by the path and the stat of
its binary, so a warm pass spawns nothing.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
from pathlib import Path

from ..atomic import load_record, save_record
from ..digests import digest
from . import provision

VENVS_DIR = ".venvs"
RUNNING = "running Python"  # the one source that may be a virtual environment
PROBE = """
import json, site, sys
from importlib import metadata
print(json.dumps([
    sys.implementation.name,
    sys.version.split()[0],
    sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}),
    sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions()),
    site.getsitepackages(),
    sys.prefix != sys.base_prefix,
]))
"""
PROBE_FIELDS = 6


@dataclasses.dataclass(frozen=True)
class Interpreter:
    version: str  # as configured: "3.12"
    executable: str
    implementation: str  # "cpython 3.12.1": part of every cache key
    prefixes: tuple[str, ...]  # shown as "..." in transcripts
    packages: str = ""  # digest of the installed distributions: part of every cache key
    source: str = ""  # where it was found: "provisioned", "pyenv", ...
    passed_over: tuple[str, ...] = ()  # older releases of the line found too: "3.13.0 (pyenv)"
    note: str = ""  # something the author should do about it

    @property
    def release(self) -> str:
        return self.implementation.partition(" ")[2]

    @property
    def display(self) -> str:
        return display(self.implementation)


def display(implementation: str) -> str:
    """``"cpython 3.15.2"`` -> ``"CPython 3.15.2"``."""
    name, _, number = implementation.partition(" ")
    return f"{ {'cpython': 'CPython', 'pypy': 'PyPy'}.get(name, name) } {number}".strip()


def override_variable(version: str) -> str:
    return "MOTW_PYTHON_" + version.replace(".", "_")


def release_key(release: str) -> tuple[int, ...]:
    """``"3.13.18"`` -> ``(3, 13, 18)``; pre-releases sort before their release."""
    parts = re.match(r"(\d+)\.(\d+)\.(\d+)", release)
    return tuple(int(p) for p in parts.groups()) if parts else (0,)


def running() -> tuple[str, str]:
    """The line (``"3.13"``) and the executable of the Python running the pass."""
    return f"{sys.version_info[0]}.{sys.version_info[1]}", sys.executable


def installations(version: str) -> list[tuple[str, str]]:
    """``(source, path)`` of every installation of *version* that may exist,
    in the order of the module docstring (the override aside)."""
    found: list[tuple[str, str]] = []
    line, executable = running()
    if line == version:
        found.append((RUNNING, executable))
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if folder and "shims" not in Path(folder).parts:
            found.append(("PATH", os.path.join(folder, f"python{version}")))
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    pattern = re.compile(re.escape(version) + r"\.\d+")
    found += [
        ("pyenv", str(entry / "bin" / f"python{version}"))
        for entry in _entries(pyenv)
        if pattern.fullmatch(entry.name)
    ]
    uv = os.environ.get("UV_PYTHON_INSTALL_DIR") or Path.home() / ".local/share/uv/python"
    uv_pattern = re.compile(r"cpython-" + re.escape(version) + r"\.\d+-")  # not +freethreaded
    found += [
        ("uv", str(entry / "bin" / f"python{version}"))
        for entry in _entries(Path(uv))
        if uv_pattern.match(entry.name)
    ]
    found += [
        ("provisioned", str(tree.executable(version)))
        for tree in provision.trees()
        if version in tree.pythons
    ]
    return found


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


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

    def base(self, version: str) -> tuple[str, str, list[str]] | None:
        """``(source, path, passed over)`` of the installation that wins for
        *version*, the examples' environments left out."""
        override = os.environ.get(override_variable(version))
        if override:
            return ("override", override, []) if self._works(override, version) else None
        usable = []
        seen = set()
        for order, (source, path) in enumerate(installations(version)):
            if not self._works(path, version, base=source != RUNNING):
                continue
            real = os.path.realpath(path)
            if real in seen:
                continue
            seen.add(real)
            release = self.describe(path)[1]  # type: ignore[index]
            usable.append((release_key(release), -order, source, path, release))
        if not usable:
            return None
        usable.sort(reverse=True)
        _, _, source, path, release = usable[0]
        passed = [f"{r} ({s})" for _, _, s, _, r in usable[1:] if r != release]
        return source, path, passed

    def _find(self, version: str) -> Interpreter | None:
        chosen = self.base(version)
        if chosen is None:
            return None
        source, path, passed = chosen
        note = ""
        if source != "override":
            environment = self.root / VENVS_DIR / version / "bin" / "python"
            made_from = environment_base(self.root / VENVS_DIR / version)
            release = self.describe(path)[1]  # type: ignore[index]
            if made_from is not None and self._works(str(environment), version):
                if self.describe(str(environment))[1] == release:  # type: ignore[index]
                    path, source = str(environment), f"{VENVS_DIR}/{version}, from {source}"
                else:
                    note = f"{VENVS_DIR}/{version} was made from an older release: run 'make'"
        name, number, prefixes, packages, _, _ = self.describe(path)  # type: ignore[misc]
        # pip installs the packages: its own version says nothing of them
        used = [p for p in packages if not p.lower().startswith("pip==")]
        return Interpreter(
            version,
            path,
            f"{name} {number}",
            tuple(prefixes),
            digest(used),
            source,
            tuple(passed),
            note,
        )

    def _works(self, path: str, version: str, base: bool = False) -> bool:
        if not (os.access(path, os.X_OK) and os.path.isfile(path)):
            return False
        described = self.describe(path)
        if not described or described[1].rsplit(".", 1)[0] != version:
            return False
        return not (base and described[5])  # a virtual environment is no base

    def describe(self, path: str) -> list | None:
        """``[implementation, release, prefixes, distributions, site folders,
        in a virtual environment]`` of the interpreter at *path*, remembered
        while neither its binary nor its site-packages folders change."""
        entry = self.known.get(path)
        try:
            if (
                entry
                and len(entry[1]) == PROBE_FIELDS
                and entry[0] == _signature(path, entry[1][4])
            ):
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


def environment_base(folder: Path) -> str | None:
    """The interpreter a virtual environment was made from (its ``pyvenv.cfg``)."""
    try:
        text = (folder / "pyvenv.cfg").read_text("utf-8")
    except OSError:
        return None
    match = re.search(r"(?m)^executable\s*=\s*(.+?)\s*$", text)
    return match[1] if match else None
