"""Where a page is written: its new bytes, its sidecar, then the lock files.

A pass makes a :class:`PageResult` of each page (:mod:`.passes`); only a
result without errors is written, each file replaced atomically, so a
page that cannot be written is left as it was and gets the error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..atomic import atomic_write
from ..errors import MotwError, PageNotWritten
from . import sidecar
from .fresh import Freshness
from .lockfile import PageRecord

if TYPE_CHECKING:
    from .pages import Page  # not imported by a warm pass: it imports cogapp


@dataclasses.dataclass(frozen=True)
class PageResult:
    """What a pass makes of a page: its new bytes, sidecar and record, or errors."""

    page: Page
    raw: bytes | None = None  # the page's new bytes
    sidecar: str | None = None  # the other Pythons' transcripts (None: no file)
    record: PageRecord | None = None
    errors: tuple[MotwError, ...] = ()
    old_sidecar: str | None = None  # the sidecar as it is on disk

    @property
    def text(self) -> str:
        return self.raw.decode("utf-8-sig").replace("\r\n", "\n") if self.raw else ""

    @property
    def changed(self) -> bool:
        if self.raw is None:
            return False
        return self.raw != self.page.raw or (self.sidecar or None) != self.old_sidecar


def write(
    results: list[PageResult], freshness: Freshness
) -> tuple[list[PageResult], list[PageNotWritten]]:
    """Write changed pages and sidecars (a page that cannot be written
    gets the error), then the lock files (their errors are returned)."""
    written = [_write(result, freshness) for result in results]
    return written, _save(freshness.lockfiles.values())


def _write(result: PageResult, freshness: Freshness) -> PageResult:
    page = result.page
    if result.errors or result.record is None or result.raw is None:
        return result
    try:
        if result.raw != page.raw:
            atomic_write(page.path, result.raw)
        sidecar.write(page.path, result.sidecar, result.old_sidecar)
    except OSError as error:
        problem = PageNotWritten(f"could not be written ({error}); it is as it was", page.name)
        return dataclasses.replace(result, errors=(problem,))
    freshness.lockfile(page.path.parent).set_page(page.path.name, result.record)
    return result


def _save(lockfiles: Iterable) -> list[PageNotWritten]:
    problems = []
    for lockfile in lockfiles:
        lockfile.forget_missing()
        try:
            lockfile.save()
        except OSError as error:
            problems.append(PageNotWritten(f"could not be written ({error})", str(lockfile.path)))
    return problems
