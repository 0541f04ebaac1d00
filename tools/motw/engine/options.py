"""The options of ``run_script``, checked once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from ..errors import BadOption
from .cleanups import SEPARATOR_CLEANUPS

LINE_BREAK_MODES = ("break", "continue", "wrap", "wrap-no-breaks", "fill", "truncate")

Cleanup = Callable[[str, str], str]


@dataclasses.dataclass(frozen=True)
class RunOptions:
    """Everything a cog block can say about one transcript.

    The defaults and meaning follow ``run_script`` of
    sphinxcontrib-paverutils 1.18 as PyMOTW-3 wraps it
    (``break_lines_at=64``, separator lines shortened to 64 unless the
    block gives its own ``line_cleanups``), so chapters written for
    that tool port unchanged.  New here: ``timeout`` and ``python`` (the versions the
    block runs on, e.g. ``'>=3.12'``).
    """

    interpreter: str | None = "python3"
    include_prefix: bool = True
    ignore_error: bool = False
    trailing_newlines: bool = True
    break_lines_at: int | None = 64
    line_break_mode: str = "break"
    line_cleanups: tuple[Cleanup, ...] = SEPARATOR_CLEANUPS  # a block's own replace them
    timeout: float = 60.0
    python: str | None = None
    adjust_python_for_version: bool = True  # paverutils': 'python' means python3

    @classmethod
    def from_kwargs(cls, kwargs: dict, file: str = "", line: int = 0) -> RunOptions:
        """Options from a call's keyword arguments, or raise BadOption."""
        known = {field.name for field in dataclasses.fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise BadOption(
                f"unknown run_script option(s) {', '.join(unknown)}; "
                f"known: {', '.join(sorted(known))}",
                file,
                line,
            )
        values = dict(kwargs)
        if "line_cleanups" in values:
            cleanups = values["line_cleanups"] or ()
            if callable(cleanups) or not isinstance(cleanups, Sequence):
                raise BadOption(
                    "line_cleanups must be a list of callables (input_file, line) -> line",
                    file,
                    line,
                )
            values["line_cleanups"] = tuple(cleanups)
        if values.get("interpreter") == "python" and values.get("adjust_python_for_version", True):
            values["interpreter"] = "python3"
        options = cls(**values)
        options.validate(file, line)
        return options

    def validate(self, file: str = "", line: int = 0) -> None:
        def bad(message: str) -> BadOption:
            return BadOption(message, file, line)

        if self.line_break_mode not in LINE_BREAK_MODES:
            raise bad(
                f"unknown line_break_mode {self.line_break_mode!r}; "
                f"choose one of {', '.join(LINE_BREAK_MODES)}"
            )
        width = self.break_lines_at
        if width is not None and (
            not isinstance(width, int) or isinstance(width, bool) or width < 0
        ):
            raise bad(f"break_lines_at must be a whole number >= 0, not {width!r}")
        if width and width < 8:
            raise bad(f"break_lines_at={width} is too narrow (minimum 8)")
        if isinstance(self.timeout, bool) or not isinstance(self.timeout, (int, float)):
            raise bad(f"timeout must be a positive number of seconds, not {self.timeout!r}")
        if self.timeout <= 0:
            raise bad(f"timeout must be a positive number of seconds, not {self.timeout!r}")
        for cleanup in self.line_cleanups:
            if not callable(cleanup):
                raise bad(f"line_cleanups holds {cleanup!r}, which is not callable")
        if self.interpreter is not None and not isinstance(self.interpreter, str):
            raise bad(f"interpreter must be a command such as 'python3', not {self.interpreter!r}")
        if self.python is not None:
            from packaging.specifiers import InvalidSpecifier, SpecifierSet

            try:
                SpecifierSet(self.python)
            except (InvalidSpecifier, TypeError):
                raise bad(
                    f"python={self.python!r} is not a version range; write e.g. '>=3.12'"
                ) from None

    @property
    def width(self) -> int:
        """The line width, 0 meaning no breaking."""
        return self.break_lines_at or 0

    def runs_on(self, version: str) -> bool:
        """Whether the block runs on Python *version* (``'3.12'``)."""
        if self.python is None:
            return True
        from packaging.specifiers import SpecifierSet

        return SpecifierSet(self.python).contains(version + ".0")

    def first_version(self) -> str | None:
        """The oldest minor version the range admits, for "New in Python 3.12"."""
        if self.python is None:
            return None
        for minor in range(0, 100):
            if self.runs_on(f"3.{minor}"):
                return f"3.{minor}"
        return None
