'''The standard header of an example script, and its check.

Every script in ``source_examples/`` starts the same way::

    #!/usr/bin/env python3
    # encoding: utf-8
    """One-line docstring."""

    #end_pymotw_header

Pages include scripts with ``literalinclude`` and
``:start-after: #end_pymotw_header``, so readers see only the code; the
docstring says in one line what the example shows.

``motw lint-headers [paths]`` checks the scripts under *paths*
(default ``source_examples``) and prints one line per problem.
'''

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from pathlib import Path

from ..project import walk

SHEBANG = "#!/usr/bin/env python3"
ENCODING = "# encoding: utf-8"
MARKER = "#end_pymotw_header"
DEFAULT_ROOT = "source_examples"


def render(docstring: str) -> str:
    """The header of a new script whose docstring is *docstring*."""
    return f'{SHEBANG}\n{ENCODING}\n"""{docstring}"""\n\n{MARKER}\n'


def problems(text: str) -> list[str]:
    """What is wrong with the header of a script whose source is *text*."""
    lines = text.splitlines()
    found = []
    if not lines or lines[0] != SHEBANG:
        found.append(f"line 1 must be {SHEBANG!r}")
    if len(lines) < 2 or lines[1] != ENCODING:
        found.append(f"line 2 must be {ENCODING!r}")
    # Only the header is parsed: the code after the marker may use syntax
    # newer than the tooling's Python (t-strings on 3.14); ruff checks it,
    # with the per-file target versions of source_examples/ruff.toml.
    marker_line = next((n for n, line in enumerate(lines) if line.strip() == MARKER), None)
    header = text if marker_line is None else "\n".join(lines[: marker_line + 1]) + "\n"
    try:
        module = ast.parse(header)
    except SyntaxError as error:
        return [*found, f"not valid Python: {error.msg} (line {error.lineno})"]
    first = module.body[0] if module.body else None
    docstring = ast.get_docstring(module, clean=True)
    markers = sum(1 for line in lines if line.strip() == MARKER)
    if first is None or docstring is None or first.lineno != 3:
        found.append('line 3 must start the module docstring ("""...""")')
    elif not docstring.strip():
        found.append("the docstring is empty: say what the example shows")
    elif markers and lines[(end := first.end_lineno or 3) : end + 2] != ["", MARKER]:
        found.append(
            f"the docstring must be followed by a blank line and {MARKER!r} "
            f"(lines {end + 1}-{end + 2})"
        )
    if markers == 0:
        found.append(f"no {MARKER!r} line: pages include what follows it")
    elif markers > 1:
        found.append(f"{MARKER!r} appears {markers} times; pages show what follows the first")
    return found


def scripts(paths: Iterable[str | Path]) -> list[Path]:
    """The example scripts under *paths* (files or folders), sorted."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(path / name for name in walk(path, ".py"))
        else:
            found.append(path)
    return found


def check_file(path: Path) -> list[str]:
    """Problems of one script, each prefixed with its path."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [f"{path}: cannot read: {error}"]
    if not text.strip():
        return []  # an empty file (a package's __init__.py) shows nothing
    return [f"{path}: {problem}" for problem in problems(text)]


def report(paths: Iterable[str | Path]) -> int:
    """Print one line per problem; 1 if there were any."""
    files = scripts(paths)
    found = [problem for path in files for problem in check_file(path)]
    for problem in found:
        print(problem)
    bad = len({problem.split(": ", 1)[0] for problem in found})
    print(f"headers: {len(files)} script(s) checked, {bad} with problems", file=sys.stderr)
    return 1 if found else 0
