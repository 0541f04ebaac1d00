"""Output as a terminal would show it, safe to write into a page.

- ANSI escape sequences (colours, cursor movement, titles) are removed;
- a carriage return goes back to the start of the line and later text
  overwrites earlier text, so a progress bar shows its last state; a
  backspace steps back one character;
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
    \x1b\[[0-?]*[ -/]*[@-~]              # CSI: colours, cursor movement
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?   # OSC: window titles, links
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?        # DCS, SOS, PM, APC strings
  | \x1b[ -/]*[0-~]                      # two-character escapes
  | \x9b[0-?]*[ -/]*[@-~]                # 8-bit CSI
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


def _overstrike(line: str) -> str:
    """Resolve ``\\r`` and ``\\b`` within one line."""
    if "\r" not in line and "\b" not in line:
        return line
    cells: list[str] = []
    column = 0
    for char in line:
        if char == "\r":
            column = 0
        elif char == "\b":
            column = max(column - 1, 0)
        else:
            if column < len(cells):
                cells[column] = char
            else:
                cells.append(char)
            column += 1
    return "".join(cells)


def render(text: str) -> str:
    """*text* as a terminal shows it (see the module docstring)."""
    if not CONTROL.search(text):
        return text
    text = ESCAPE.sub("", text)
    text = text.replace("\r\n", "\n")
    text = "\n".join(_overstrike(line) for line in text.split("\n"))
    return CONTROL.sub(_visible, text)
