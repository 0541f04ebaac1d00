"""Output as a terminal would show it, safe to write into a page.

Each line is played on a one-line screen:

- a carriage return goes back to the start of the line and later text
  overwrites earlier text, so a progress bar shows its last state; a
  backspace steps back one character;
- the escape sequences that move along the line or erase it do so
  (``ESC[K`` and ``ESC[2K``, as progress bars use them after ``\\r``;
  ``ESC[G``, ``ESC[C``, ``ESC[D``); every other one (colours, titles,
  moves to other lines) is removed.  An escape sequence ends at the end
  of its line at the latest, so a stray one cannot swallow the rest of
  the output;
- other control characters become visible: C0 controls and DEL as
  Unicode control pictures (NUL as ``␀``, BEL as ``␇``), C1 controls and
  Unicode's line and paragraph separators as ``\\x85``-style escapes;
- tabs and newlines stay.

Text without control characters comes back unchanged.
"""

from __future__ import annotations

import re

ESCAPE = re.compile(
    r"""
    (?:\x1b\[|\x9b)(?P<parameters>[0-?]*)[ -/]*(?P<final>[@-~])   # CSI: colours, moves
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?   # OSC: window titles, links
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?        # DCS, SOS, PM, APC strings
  | \x1b[ -/]*[0-~]                      # two-character escapes
    """,
    re.VERBOSE,
)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _visible(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _number(parameters: str, default: int) -> int:
    first = parameters.split(";", 1)[0]
    return int(first) if first.isdigit() else default


class _Line:
    """One line of a screen: cells, and a cursor that may be past them."""

    def __init__(self) -> None:
        self.cells: list[str] = []
        self.column = 0

    def put(self, char: str) -> None:
        if self.column > len(self.cells):
            self.cells.extend(" " * (self.column - len(self.cells)))
        if self.column < len(self.cells):
            self.cells[self.column] = char
        else:
            self.cells.append(char)
        self.column += 1

    def escape(self, final: str | None, parameters: str) -> None:
        if final == "K":  # erase: to the end, from the start, or all
            mode = _number(parameters, 0)
            if mode == 0:
                del self.cells[self.column :]
            elif mode == 1:
                for index in range(min(self.column + 1, len(self.cells))):
                    self.cells[index] = " "
            elif mode == 2:
                self.cells.clear()
        elif final == "G":  # to a column, counted from 1
            self.column = max(_number(parameters, 1) - 1, 0)
        elif final == "C":
            self.column += max(_number(parameters, 1), 1)
        elif final == "D":
            self.column = max(self.column - max(_number(parameters, 1), 1), 0)


def _play(line: str) -> str:
    """*line* as it stands once every character has been played."""
    if not CONTROL.search(line):
        return line
    screen = _Line()
    position = 0
    while position < len(line):
        char = line[position]
        if char in "\x1b\x9b":
            match = ESCAPE.match(line, position)
            if match:
                screen.escape(match["final"], match["parameters"] or "")
                position = match.end()
                continue
        if char == "\r":
            screen.column = 0
        elif char == "\b":
            screen.column = max(screen.column - 1, 0)
        else:
            screen.put(char)
        position += 1
    return "".join(screen.cells)


def render(text: str) -> str:
    """*text* as a terminal shows it (see the module docstring)."""
    if not CONTROL.search(text):
        return text
    text = text.replace("\r\n", "\n")
    text = "\n".join(_play(line) for line in text.split("\n"))
    return CONTROL.sub(_visible, text)
