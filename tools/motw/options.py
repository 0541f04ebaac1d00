"""The options of ``run_script``, checked once, described for digests."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from .errors import BadOption

LINE_BREAK_MODES = ("break", "continue", "wrap", "wrap-no-breaks", "fill", "truncate")

Cleanup = Callable[[str, str], str]


@dataclasses.dataclass(frozen=True)
class RunOptions:
    """Everything a cog block can say about one transcript.

    The defaults and meaning follow ``run_script`` of
    sphinxcontrib-paverutils as PyMOTW-3 wraps it, so chapters written
    for that tool port unchanged; ``timeout`` is new.
    """

    interpreter: str | None = "python3"
    include_prefix: bool = True
    ignore_error: bool = False
    trailing_newlines: bool = True
    break_lines_at: int | None = 64
    line_break_mode: str = "break"
    line_cleanups: tuple[Cleanup, ...] = ()
    timeout: float = 60.0

    @classmethod
    def from_kwargs(cls, kwargs: dict, where: str = "") -> RunOptions:
        """Build options from a call's keyword arguments, or raise BadOption."""
        known = {field.name for field in dataclasses.fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise BadOption(
                f"unknown run_script option(s) {', '.join(unknown)}; "
                f"known: {', '.join(sorted(known))}",
                *_split(where),
            )
        values = dict(kwargs)
        if "line_cleanups" in values:
            cleanups = values["line_cleanups"] or ()
            if callable(cleanups) or not isinstance(cleanups, Sequence):
                raise BadOption(
                    "line_cleanups must be a list of callables (input_file, line) -> line",
                    *_split(where),
                )
            values["line_cleanups"] = tuple(cleanups)
        options = cls(**values)
        options.validate(where)
        return options

    def validate(self, where: str = "") -> None:
        if self.line_break_mode not in LINE_BREAK_MODES:
            raise BadOption(
                f"unknown line_break_mode {self.line_break_mode!r}; "
                f"choose one of {', '.join(LINE_BREAK_MODES)}",
                *_split(where),
            )
        if self.break_lines_at is not None and (
            not isinstance(self.break_lines_at, int) or self.break_lines_at < 0
        ):
            raise BadOption(
                f"break_lines_at must be a whole number >= 0, not {self.break_lines_at!r}",
                *_split(where),
            )
        if self.break_lines_at and self.break_lines_at < 8:
            raise BadOption(
                f"break_lines_at={self.break_lines_at} is too narrow (minimum 8)",
                *_split(where),
            )
        if not isinstance(self.timeout, (int, float)) or self.timeout <= 0:
            raise BadOption(
                f"timeout must be a positive number of seconds, not {self.timeout!r}",
                *_split(where),
            )
        for cleanup in self.line_cleanups:
            if not callable(cleanup):
                raise BadOption(
                    f"line_cleanups holds {cleanup!r}, which is not callable",
                    *_split(where),
                )

    @property
    def width(self) -> int:
        """The line width, 0 meaning no breaking."""
        return self.break_lines_at or 0


def _split(where: str) -> tuple[str, int]:
    """Split ``'file:line'`` into the parts TranscriptError takes."""
    chapter, _, line = where.rpartition(":")
    if chapter and line.isdigit():
        return chapter, int(line)
    return where, 0
