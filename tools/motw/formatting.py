"""Turn a run's output into the transcript text a cog block writes.

The format is the seed chapter's: a ``::`` literal block, the command
as ``$ python3 script.py``, a blank line, the output; every line
indented by one tab.
"""

from __future__ import annotations

import textwrap

from .cleanups import DEFAULT_CLEANUPS, make_rule_cutter
from .options import RunOptions

PROMPT = "$ "
CONTINUATION = " \\"


def break_line(line: str, width: int, mode: str) -> list[str]:
    """Break one output line that may be longer than *width*."""
    if not width or len(line) <= width:
        return [line]
    if mode == "break":
        return [line[i : i + width] for i in range(0, len(line), width)]
    if mode == "continue":
        step = width - 1
        pieces = [line[i : i + step] for i in range(0, len(line), step)]
        return [piece + "\\" for piece in pieces[:-1]] + pieces[-1:]
    if mode == "truncate":
        return [line[:width]]
    if mode == "wrap":
        return textwrap.wrap(line, width) or [line[:width]]
    if mode == "wrap-no-breaks":
        return textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line]
    if mode == "fill":
        indent = line[: len(line) - len(line.lstrip())]
        return textwrap.wrap(line, width, subsequent_indent=indent) or [line[:width]]
    raise ValueError(f"unknown line break mode {mode!r}")  # options.validate checks


def break_command(command: str, width: int) -> list[str]:
    """Break the shown command line with shell ``\\`` continuations."""
    line = PROMPT + command
    if not width or len(line) <= width:
        return [line]
    pieces = textwrap.wrap(
        line,
        width - len(CONTINUATION),
        subsequent_indent="  ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [piece + CONTINUATION for piece in pieces[:-1]] + pieces[-1:]


def clean(line: str, input_file: str, options: RunOptions) -> str:
    cleanups = (
        *DEFAULT_CLEANUPS,
        make_rule_cutter(options.width),
        *options.line_cleanups,
    )
    for cleanup in cleanups:
        line = cleanup(input_file, line)
    return line


def transcript(input_file: str, command: str, output: str, options: RunOptions) -> str:
    """The text a cog block writes for *command* and its *output*."""
    lines = break_command(clean(command, input_file, options), options.width)
    output_lines = [line.rstrip() for line in output.splitlines()]
    while output_lines and not output_lines[-1]:
        output_lines.pop()
    if output_lines:
        lines.append("")
    for line in output_lines:
        cleaned = clean(line, input_file, options).rstrip()
        lines.extend(break_line(cleaned, options.width, options.line_break_mode))
    text = "".join(f"\t{line}\n" for line in lines)
    if options.trailing_newlines:
        text += "\n"
    else:
        text = text.rstrip() + "\n"
    if options.include_prefix:
        text = "\n::\n\n" + text
    return text
