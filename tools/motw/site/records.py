"""What the cog pass recorded about a page, as the site reads it.

A page's record comes from its chapter's ``transcripts.lock`` and the
other Pythons' transcripts from ``<page>.versions.txt`` beside it; both
become dependencies of the page, so a new pass rebuilds it.  A lock that
cannot be read is a warning naming it (``make cog`` rewrites it).

Versions are ordered newest first wherever the site shows them: the
configuration lists them that way (the first, the newest, is the primary
whose output the pages show), whatever order a file keeps them in.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from ..cogpass import sidecar as sidecars
from ..cogpass.lockfile import LockFile, PageRecord
from ..project import LOCK_NAME

logger = logging.getLogger(__name__)


def version_key(version: str) -> tuple[int, ...]:
    """``"3.12"`` -> ``(3, 12)``, for sorting (``"3.9"`` before ``"3.10"``);
    ``"3.13.0rc1"`` -> ``(3, 13, 0, 1)``."""
    return tuple(int(number) for number in re.findall(r"\d+", version))


def newest_first(versions: Iterable[str]) -> list[str]:
    return sorted(versions, key=version_key, reverse=True)


def versions_text(versions: Iterable[str]) -> str:
    """``["3.12", "3.11"]`` -> ``"3.12 and 3.11"``."""
    names = list(versions)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def span_text(versions: Iterable[str], configured: Iterable[str]) -> str:
    """The *versions* as ranges of the *configured* ones, oldest first:
    ``3.11–3.13`` when they follow each other there, else a list."""
    order = sorted(configured, key=version_key)
    chosen = set(versions)
    runs: list[list[str]] = []
    previous = ""
    for version in order:
        if version in chosen:
            if runs and runs[-1][-1] == previous:
                runs[-1].append(version)
            else:
                runs.append([version])
        previous = version
    parts = [run[0] if len(run) == 1 else f"{run[0]}\N{EN DASH}{run[-1]}" for run in runs]
    return versions_text(parts)


@dataclasses.dataclass(frozen=True)
class PageVersions:
    """A page's record, with the other Pythons' transcripts of its blocks."""

    record: PageRecord
    blocks: list[sidecars.BlockVersions] | None  # None: no sidecar (one Python)
    sidecar: Path

    @property
    def pythons(self) -> dict[str, str]:
        """Version -> interpreter (``"cpython 3.13.0"``), newest first."""
        return {v: self.record.pythons[v] for v in newest_first(self.record.pythons)}

    @property
    def primary(self) -> str:
        return next(iter(self.pythons))


_told: set[Path] = set()  # the unreadable locks warned about in this build


def forget_warnings(*args: object) -> None:
    """A new build (``env-before-read-docs``) warns again."""
    _told.clear()


def read_page(env: BuildEnvironment, docname: str) -> PageVersions | None:
    """The pass's record of *docname* (None if it has none), noting the
    files it comes from as dependencies of the page."""
    source = Path(env.doc2path(docname))
    lock_path = source.parent / LOCK_NAME
    if not lock_path.is_file():
        return None
    env.note_dependency(str(lock_path))
    lock = LockFile(source.parent)
    if lock.problem is not None:
        if lock_path not in _told:  # once per build, not once per page beside it
            _told.add(lock_path)
            logger.warning(
                "%s; the pages beside it show no versions", lock.problem, location=docname
            )
        return None
    record = lock.page(source.name)
    if record is None or not record.pythons:
        return None
    sidecar = sidecars.path(source)
    blocks = None
    if sidecar.is_file():
        env.note_dependency(str(sidecar))
        blocks = sidecars.read(source)
        if blocks is None:
            logger.warning(
                "%s cannot be read; 'make cog' rewrites it", sidecar.name, location=docname
            )
    return PageVersions(record, blocks, sidecar)


def interpreters(pythons: Mapping[str, str]) -> list[str]:
    """The recorded interpreters (``"cpython 3.13.0"``), newest first."""
    return [pythons[v] for v in newest_first(pythons)]
