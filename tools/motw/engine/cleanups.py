"""Line cleanups: callables ``(input_file, line) -> line``.

Cleanups make transcripts independent of the machine.  Two apply to
every transcript: the example folder and the Python running the pass
shown as ``...`` (the runner already masks the scratch folders and each
interpreter's installation) and memory addresses as ``0x...``.  The
default of ``line_cleanups``, replaced by a block that gives its own as
PyMOTW-3's ``pavement.py`` does, shortens separator lines (only ``-``,
only ``=`` or only ``*``) to the transcript width.  Each cleanup has a
stable ``describe()`` so the staleness check can tell when a block
changed its cleanups.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import re
import sys
from collections.abc import Callable

from ..digests import digest
from ..project import example_dir_for

MASK = "..."


@dataclasses.dataclass(frozen=True)
class Substitution:
    """Replace every match of a regular expression in a line."""

    pattern: str
    replacement: str

    def __call__(self, input_file: str, line: str) -> str:
        return re.sub(self.pattern, self.replacement, line)

    def describe(self) -> str:
        return f"substitute({self.pattern!r}, {self.replacement!r})"


def substitute(pattern: str, replacement: str) -> Substitution:
    """A cleanup replacing *pattern* (a regular expression) in each line.

    For example ``substitute(r'took \\d+\\.\\d+ seconds', 'took 0.1 seconds')``.
    """
    re.compile(pattern)  # a bad pattern fails where it is written
    return Substitution(pattern, replacement)


def hide_paths(input_file: str, line: str) -> str:
    """Show the example folder and the Python installation as ``...``."""
    prefixes = {str(example_dir_for(input_file)), sys.prefix, sys.base_prefix}
    for prefix in sorted(prefixes, key=len, reverse=True):
        if prefix and prefix != os.sep:
            line = line.replace(prefix, MASK)
    return line


_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{8,16}\b")


def hide_addresses(input_file: str, line: str) -> str:
    """Show memory addresses (``at 0x7f3a5c2b1d90``) as ``0x...``."""
    return _ADDRESS.sub("0x" + MASK, line)


@dataclasses.dataclass(frozen=True)
class ShortenRule:
    """A line made only of *char* and longer than *width* becomes *width*
    of it: the separators of unittest, doctest and logging reports stay
    one line instead of being broken in two."""

    char: str
    width: int = 64

    def __call__(self, input_file: str, line: str) -> str:
        if len(line) > self.width and not line.strip(self.char):
            return self.char * self.width
        return line

    def describe(self) -> str:
        return f"shorten_rule({self.char!r}, {self.width})"


# The default of `line_cleanups`, as PyMOTW-3's pavement gives run_script.
SEPARATOR_CLEANUPS: tuple[ShortenRule, ...] = tuple(ShortenRule(c) for c in "-=*")

DEFAULT_CLEANUPS: tuple[Callable[[str, str], str], ...] = (hide_paths, hide_addresses)


def describe(cleanup: Callable) -> str:
    """A stable text naming what *cleanup* does, for digests.

    The same on every Python, so that a check run by another version of
    Python finds the same pages current: a function is named with a digest
    of its source and of the plain values it closes over, never of its
    bytecode (which each release changes).  A function with no source file
    was written in the page's cog code, which the page's record covers.
    """
    describer = getattr(cleanup, "describe", None)
    if describer is not None:
        return str(describer())
    name = getattr(cleanup, "__qualname__", type(cleanup).__qualname__)
    module = getattr(cleanup, "__module__", "")
    if getattr(cleanup, "__code__", None) is None:  # another callable: its repr is all
        return f"{module}.{name}:{cleanup!r}"
    try:
        source = inspect.getsource(cleanup)
    except (OSError, TypeError):
        return f"{module}.{name}"
    closed_over = [
        repr(cell.cell_contents)
        for cell in cleanup.__closure__ or ()
        if isinstance(getattr(cell, "cell_contents", None), PLAIN)
    ]
    return f"{module}.{name}:{digest([source, closed_over])[:16]}"


PLAIN = (str, bytes, int, float, bool, type(None))
