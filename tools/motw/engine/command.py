"""The command a block runs, and the script it names.

``run_script(cog.inFile, '-X dev -m json.tool data.json')`` runs
``python3 -X dev -m json.tool data.json``.  The interpreter's own
options come first; the first word that is neither an option nor an
option's argument is the script, which must exist; ``-m module`` and
``-c code`` need no file.  Without an interpreter, the words are a
shell command.
"""

from __future__ import annotations

import dataclasses
import shlex
from collections.abc import Sequence
from pathlib import Path

from ..errors import ScriptMissing, TranscriptError
from ..project import display_path

# Options of `python3` that take the next word as their argument.
WITH_ARGUMENT = {"-W", "-X", "--check-hash-based-pycs"}
# Options after which the rest of the line belongs to what they run.
ENDS_OPTIONS = {"-m", "-c"}


@dataclasses.dataclass(frozen=True)
class Command:
    """What a block runs, as shown and as run (the same text)."""

    text: str  # the command line after "$ "
    words: tuple[str, ...]  # script_name as given, split (for list-form display)
    interpreter: str | None
    script: str | None  # the file named as the script, if any
    listed: bool = False  # script_name was given as a list of words

    @property
    def label(self) -> str:
        """The script, or the command when there is no script."""
        return self.script or self.text


def split_words(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def script_word(words: Sequence[str]) -> tuple[str | None, bool]:
    """The script among interpreter *words*, and whether one is needed.

    ``(None, False)`` for ``-m``/``-c``/``-`` (no file), ``(None, True)``
    when the words end before naming anything.
    """
    expect_argument = False
    for word in words:
        if expect_argument:
            expect_argument = False
            continue
        if word == "--":
            continue
        if word == "-" or word in ENDS_OPTIONS:
            return None, False
        if word in WITH_ARGUMENT:
            expect_argument = True
            continue
        if word.startswith("--"):
            continue  # --version and friends
        if word.startswith("-") and len(word) > 1:
            flags = word[1:]
            if flags[0] in "WX":
                continue  # -Werror, -Xdev: the argument is attached
            for position, flag in enumerate(flags):
                if flag in "cm":
                    return None, False  # -uc 'code', -um module
                if flag in "WX":
                    expect_argument = position == len(flags) - 1
                    break
            continue
        return word, True
    return None, True


def parse(
    interpreter: str | None,
    script_name: str | Sequence[str],
    example_dir: Path,
    file: str = "",
    line: int = 0,
) -> Command:
    """The command of a block, or a TranscriptError naming it."""
    if isinstance(script_name, str):
        shown, listed = script_name, False
        words = tuple(split_words(script_name))
    elif (
        isinstance(script_name, Sequence)
        and script_name
        and all(isinstance(word, str) for word in script_name)
    ):
        shown, listed = " ".join(script_name), True
        words = tuple(script_name)
    else:
        raise TranscriptError(
            f"script name must be a string or a list of words, not {script_name!r}", file, line
        )
    if not example_dir.is_dir():
        raise ScriptMissing(
            f"example folder {display_path(example_dir)} does not exist (needed for {shown!r})",
            file,
            line,
        )
    text = f"{interpreter} {shown}" if interpreter else shown
    script = None
    if interpreter:
        candidate, needed = script_word(split_words(shown))
        if needed:
            if candidate is None or not (example_dir / candidate).is_file():
                raise ScriptMissing(
                    f"script {candidate or shown!r} not found in {display_path(example_dir)}",
                    file,
                    line,
                )
            script = candidate
    return Command(text, words, interpreter or None, script, listed)
