"""``motw lint-rst``: sphinx-lint for the pages, minus transcripts.

Every check of sphinx-lint that is on by default runs on every ``.rst``
page, except on the text a cog block generated: a transcript is indented
with tabs and has lines that are a lone tab (the seed chapter's format,
which sphinx-lint reports as ``horizontal-tab`` and
``trailing-whitespace``), and what a script prints is not prose to lint.
The generated lines are blanked before the checks run, so line numbers
stay right; they are guarded by ``make cog-check`` instead.  Tabs and
trailing spaces in the text people write are still reported.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from sphinxlint import check_text
from sphinxlint.checkers import all_checkers

from ..project import COG_END, OUTPUT_END, walk


def mask_generated(text: str) -> str:
    """*text* with the output of each cog block blanked (same line count)."""
    masked = []
    in_output = False
    for line in text.splitlines(keepends=True):
        if in_output and OUTPUT_END in line:
            in_output = False
        elif in_output:
            line = "\n"
        elif COG_END in line and OUTPUT_END not in line:
            in_output = True  # the code ended; the generated text follows
        masked.append(line)
    return "".join(masked)


def pages(paths: Iterable[str | Path]) -> list[Path]:
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(path / name for name in walk(path, ".rst"))
        else:
            found.append(path)
    return found


class UnknownCheck(ValueError):
    """A check to disable that sphinx-lint does not have."""


def checkers(disabled: Iterable[str] = ()) -> set:
    """sphinx-lint's default checks, less *disabled*."""
    unknown = set(disabled) - set(all_checkers)
    if unknown:
        raise UnknownCheck(f"unknown sphinx-lint check(s): {', '.join(sorted(unknown))}")
    return {check for name, check in all_checkers.items() if check.enabled and name not in disabled}


def lint(paths: Iterable[str | Path], disabled: Iterable[str] = ()) -> list[str]:
    """The problems found in the pages under *paths*, as printable lines."""
    selected = checkers(disabled)
    problems = []
    for page in pages(paths):
        try:
            text = page.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(f"{page}: cannot read: {error}")
            continue
        errors = check_text(str(page), mask_generated(text), selected)
        problems.extend(str(error) for error in errors)
    return sorted(problems, key=_order)


def _order(problem: str):
    name, _, rest = problem.partition(":")
    line = rest.split(":", 1)[0]
    return (name, int(line) if line.isdigit() else 0, problem)


def report(paths: Iterable[str | Path], disabled: Iterable[str] = ()) -> int:
    """Print one line per problem; 1 if there were any, 2 for an unknown check."""
    try:
        problems = lint(paths, disabled)
    except UnknownCheck as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    print(
        f"sphinx-lint: {len(pages(paths))} page(s) checked, {len(problems)} problem(s)",
        file=sys.stderr,
    )
    return 1 if problems else 0
