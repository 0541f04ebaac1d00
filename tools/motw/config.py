"""The project's settings: ``[tool.motw]`` in ``pyproject.toml``.

One table, typed and checked here::

    [tool.motw]
    pythons = ["3.13", "3.12", "3.11"]   # newest first; the first is the primary

The primary Python's transcripts are written into the pages; the others
are recorded beside them and shown where they differ.  Without the
table (a throw-away project, a test), the only Python is the one running
the pass.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

from .errors import ConfigError

VERSION = re.compile(r"3\.\d+")


@dataclasses.dataclass(frozen=True)
class Config:
    pythons: tuple[str, ...]  # newest first
    source: str = ""  # the file the settings came from, for messages

    @property
    def primary(self) -> str:
        return self.pythons[0]


def running_version() -> str:
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


def load(root: Path) -> Config:
    """The settings of the project at *root* (defaults when it has none)."""
    path = root / "pyproject.toml"
    try:
        text = path.read_text("utf-8")
    except OSError:
        return Config((running_version(),))
    if "[tool.motw]" not in text:  # most throw-away projects: skip the parse
        return Config((running_version(),), str(path))
    import tomllib

    try:
        table = tomllib.loads(text).get("tool", {}).get("motw", {})
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"not valid TOML: {error}", str(path)) from None
    return parse(table, str(path))


def parse(table: dict, source: str = "") -> Config:
    unknown = sorted(set(table) - {"pythons"})
    if unknown:
        raise ConfigError(f"[tool.motw] has unknown key(s) {', '.join(unknown)}", source)
    pythons = table.get("pythons", [running_version()])
    if (
        not isinstance(pythons, list)
        or not pythons
        or not all(isinstance(v, str) and VERSION.fullmatch(v) for v in pythons)
    ):
        raise ConfigError(
            '[tool.motw] pythons must be a list of versions such as ["3.13", "3.12"]', source
        )
    if len(set(pythons)) != len(pythons):
        raise ConfigError("[tool.motw] pythons lists a version twice", source)
    order = sorted(pythons, key=lambda v: int(v.split(".")[1]), reverse=True)
    if pythons != order:
        raise ConfigError(f"[tool.motw] pythons must be newest first: {', '.join(order)}", source)
    return Config(tuple(pythons), source)
