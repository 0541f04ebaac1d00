"""The configured Pythons, as found on this machine, for one pass."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from ..config import Config, load
from ..engine.interpreters import Interpreter, Interpreters, override_variable

INTERPRETERS_RECORD = "interpreters.json"  # in the cache folder


@dataclasses.dataclass
class Pythons:
    config: Config
    found: dict[str, Interpreter]  # available, in the configured order
    missing: list[str]
    finder: Interpreters

    @property
    def primary(self) -> str:
        return self.config.primary

    @property
    def versions(self) -> tuple[str, ...]:
        return self.config.pythons

    def missing_note(self) -> str:
        names = ", ".join(self.missing)
        hints = ", ".join(f"${override_variable(v)}" for v in self.missing)
        return (
            f"Python {names} not found here "
            f"(run 'make' to provision it, install it with pyenv, or set {hints})"
        )

    def save(self) -> None:
        self.finder.save()


def find(root: Path, cache_dir: Path | None) -> Pythons:
    config = load(root)
    finder = Interpreters(root, cache_dir / INTERPRETERS_RECORD if cache_dir else None)
    found: dict[str, Interpreter] = {}
    missing = []
    for version in config.pythons:
        interpreter = finder.find(version)
        if interpreter is None:
            missing.append(version)
        else:
            found[version] = interpreter
    return Pythons(config, found, missing, finder)


def all_required() -> bool:
    """In CI every configured Python must be there."""
    return bool(os.environ.get("MOTW_REQUIRE_ALL_PYTHONS") or os.environ.get("CI"))
