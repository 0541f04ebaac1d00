"""A run's result as the text its block writes, or the error it is.

This is the one place that turns output into transcript text: the
terminal's view of the output (:mod:`.terminal`), the cleanups, the
layout (:mod:`.formatting`), and the escape that keeps cog's marker
text out of a page (a word joiner, U+2060, invisible in the site, after
the second of three braces), so that every written page reads back as
the same blocks.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..digests import digest
from ..errors import ScriptFailed, ScriptTimedOut, TranscriptError
from . import revisions
from .cache import RunResult
from .cleanups import DEFAULT_CLEANUPS, describe
from .command import Command
from .formatting import command_lines, layout
from .options import RunOptions
from .terminal import render

TAIL_LINES = 15
WORD_JOINER = "\u2060"


@dataclasses.dataclass(frozen=True)
class Request:
    """One ``run_script`` call: where it is, what it runs, how it is shown."""

    file: str  # the page, as shown in messages
    line: int
    input_file: str  # cog.inFile, passed to cleanups
    command: Command
    options: RunOptions
    example_dir: Path  # where the page's scripts are

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def format_digest(self) -> str:
        """What shapes the text besides the output (part of staleness)."""
        options = self.options
        return digest(
            {
                "revision": revisions.FORMAT_REVISION,
                "include_prefix": options.include_prefix,
                "trailing_newlines": options.trailing_newlines,
                "width": options.width,
                "mode": options.line_break_mode,
                "cleanups": [describe(c) for c in (*DEFAULT_CLEANUPS, *options.line_cleanups)],
            }
        )


def escape_markers(text: str) -> str:
    """*text* with no three braces in a row (cog's markers need them)."""
    for triple in ("{{{", "}}}"):
        while triple in text:
            text = text.replace(triple, triple[:2] + WORD_JOINER + triple[2])
    return text


def text_of(block: Request, output: str) -> str:
    """The transcript text for *output* of *block*'s command."""
    options = block.options

    def clean(line: str) -> str:
        for cleanup in (*DEFAULT_CLEANUPS, *options.line_cleanups):
            line = cleanup(block.input_file, line)
        return line

    command = block.command
    shown = command_lines(
        command.text, command.words, command.interpreter, command.listed, options.width, clean
    )
    text = layout(
        shown,
        render(output),
        width=options.width,
        mode=options.line_break_mode,
        include_prefix=options.include_prefix,
        trailing_newlines=options.trailing_newlines,
        clean=clean,
    )
    return escape_markers(text)


def check(block: Request, result: RunResult, version: str = "") -> None:
    """Raise the error *result* is for *block*, if it is one."""
    on = f" on Python {version}" if version else ""
    if result.timed_out:
        raise ScriptTimedOut(
            f"{block.command.label} did not finish within {block.options.timeout:g} s{on} "
            f"and was stopped; output so far:\n{tail(result.output)}",
            block.file,
            block.line,
        )
    # A run cut for flooding was stopped by us: its status says nothing.
    if result.status != 0 and not result.truncated and not block.options.ignore_error:
        raise ScriptFailed(
            f"{block.command.label} exited with status {result.status}{on}"
            " (pass ignore_error=True if that is the point of the example); "
            f"last lines of its output:\n{tail(result.output)}",
            block.file,
            block.line,
        )


def transcript(block: Request, result: RunResult, version: str = "") -> str:
    """The text of *block* for *result*, or the TranscriptError it is."""
    check(block, result, version)
    return text_of(block, result.output)


def failed(block: Request, result: RunResult) -> bool:
    try:
        check(block, result)
    except TranscriptError:
        return True
    return False


def tail(output: str) -> str:
    lines = render(output).rstrip("\n").splitlines()[-TAIL_LINES:] or ["(no output)"]
    return "\n".join(f"    | {line}" for line in lines)


def warnings_for(block: Request, result: RunResult) -> list[str]:
    """Things worth telling about a run that still gave a transcript."""
    notes = []
    if result.replaced_bytes:
        notes.append(
            f"{block.where}: output of {block.command.label} is not valid UTF-8; "
            f"{result.replaced_bytes} undecodable byte(s) shown as U+FFFD"
        )
    if result.truncated:
        notes.append(f"{block.where}: output of {block.command.label} was cut (too long)")
    return notes
