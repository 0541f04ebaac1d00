"""The layout of a transcript, byte for byte that of sphinxcontrib-paverutils.

``run_script`` of sphinxcontrib-paverutils 1.18.1, as PyMOTW-3 calls it
(``break_lines_at=64``), is the reference, with one change: the block
opens with the seed's ``::`` instead of ``.. code-block:: none``.  Its
rules, which chapters written for it rely on:

- the command line is ``\\t$ <command>``; when longer than the width it is
  hard-broken in ``continue`` mode one column earlier (a ``\\`` at each
  cut, the rest on the next line, no indent added); with no width, at
  64.  A command given as a list of words shows one word per line, each
  but the last ending in `` \\``;
- a blank line, then every output line as printed: trailing spaces and
  blank lines at the end are kept (each a lone tab);
- cleanups apply to every line, the command line included;
- lines longer than the width are broken by ``line_break_mode``; lines
  that are blank or only whitespace never are;
- every line but the first is indented by one tab, and the text ends
  with a blank line (or, with ``trailing_newlines=False``, is stripped
  and ends with one newline).

Where the project differs on purpose: a one-word list is shown once
(paverutils repeats the word).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable, Sequence

OPENER = "\n::\n\n"
COMMAND_WIDTH_WITHOUT_BREAKING = 64


def break_long_lines(lines: Iterable[str], width: int, mode: str) -> list[str]:
    """Each line no longer than *width* (bar ``continue``'s added ``\\``)."""
    broken: list[str] = []
    for line in lines:
        if not line.strip() or len(line) <= width:
            broken.append(line)
        elif mode == "break":
            broken.extend(line[start : start + width] for start in range(0, len(line), width))
        elif mode == "continue":
            pieces = [line[start : start + width] for start in range(0, len(line), width)]
            broken.extend(piece + "\\" for piece in pieces[:-1])
            broken.append(pieces[-1])
        elif mode == "truncate":
            broken.append(line[:width])
        elif mode == "wrap":
            broken.extend(textwrap.fill(line, width=width).splitlines())
        elif mode == "wrap-no-breaks":
            broken.extend(
                textwrap.fill(
                    line, width=width, break_long_words=False, break_on_hyphens=False
                ).splitlines()
            )
        elif mode == "fill":
            indent = line[: len(line) - len(line.lstrip())]
            broken.extend(textwrap.fill(line, width=width, subsequent_indent=indent).splitlines())
        else:
            raise ValueError(f"unknown line break mode {mode!r}")  # options check first
    return broken


def command_lines(
    command: str,
    words: Sequence[str],
    interpreter: str | None,
    listed: bool,
    width: int,
    clean: Callable[[str], str],
) -> list[str]:
    """The lines showing the command (the first one carries its tab)."""
    if listed and len(words) > 1:
        prefix = f"\t$ {interpreter} " if interpreter else "\t$ "
        return [
            prefix + words[0] + " \\",
            *(word + " \\" for word in words[1:-1]),
            words[-1],
        ]
    shown = clean("\t$ " + command)
    command_width = width - 1 if width else COMMAND_WIDTH_WITHOUT_BREAKING
    return break_long_lines([shown], command_width, "continue")


def layout(
    command_shown: list[str],
    output: str,
    *,
    width: int,
    mode: str,
    include_prefix: bool,
    trailing_newlines: bool,
    clean: Callable[[str], str],
) -> str:
    """The text a block writes for one run (see the module docstring)."""
    lines = [*command_shown, "", *output.splitlines()]
    lines = [clean(line) for line in lines]
    if width:
        lines = break_long_lines(lines, width, mode)
    text = (OPENER if include_prefix else "") + "\n\t".join(lines)
    if trailing_newlines:
        while not text.endswith("\n\n"):
            text += "\n"
    else:
        text = text.rstrip() + "\n"
    return text
