"""``motw new-chapter NAME``: start a new chapter.

It creates, from the project root (the folder holding ``docs/``):

``docs/<name>/index.rst``
    the chapter page: title, an introduction to replace, one section
    that includes the first script and shows its transcript;
``source_examples/<name>/<prefix>_first.py``
    the first example, with the standard header (:mod:`.headers`);

and adds ``<name>/index`` to the chapters' toctree in ``docs/index.rst``,
in alphabetical order.  ``make cog`` then fills in the transcript, and
``make html`` builds the site with no warnings.

A chapter is named after the module it teaches: lowercase, a Python
identifier, dots allowed for submodules (``xml.etree``).  The folders in
``docs/`` and ``source_examples/`` take the name as it is; script names
start with the name with dots turned into underscores (``xml_etree_``),
so they are valid module names too.
"""

from __future__ import annotations

import importlib.util
import keyword
import re
import sys
from pathlib import Path

from ..project import DOCS_DIR, EXAMPLES_DIR
from .headers import render as render_header

INDEX = Path(DOCS_DIR) / "index.rst"
CHAPTERS_HEADING = "Chapters"  # the section of docs/index.rst listing chapters
NAME_RULE = re.compile(r"[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*")
TITLE_PLACEHOLDER = "TODO: Short Title of the Chapter"
PURPOSE_PLACEHOLDER = "TODO: what the module is for, in one line."


class ScaffoldError(Exception):
    """The chapter cannot be created; nothing was changed."""


def check_name(name: str) -> None:
    """Raise ScaffoldError unless *name* is a valid chapter name."""
    rule = (
        "a chapter is named after its module: lowercase letters, digits and "
        "underscores, not starting with a digit, dots between parts "
        "(e.g. 'contextvars', 'xml.etree')"
    )
    if not name:
        raise ScaffoldError(f"no chapter name given; {rule}")
    if not NAME_RULE.fullmatch(name):
        hint = ""
        if NAME_RULE.fullmatch(name.lower()):
            hint = f" (did you mean {name.lower()!r}?)"
        raise ScaffoldError(f"{name!r} is not a valid chapter name{hint}; {rule}")
    reserved = [part for part in name.split(".") if keyword.iskeyword(part)]
    if reserved:
        raise ScaffoldError(
            f"{name!r} is not a valid chapter name: {reserved[0]!r} is a Python "
            "keyword, so no module can be named that"
        )


def script_prefix(name: str) -> str:
    """The start of the chapter's script names: ``xml.etree`` -> ``xml_etree``."""
    return name.replace(".", "_")


def chapter_title(name: str, title: str | None) -> str:
    text = f"{name} --- {title or TITLE_PLACEHOLDER}"
    rule = "=" * (len(text) + 2)
    return f"{rule}\n {text}\n{rule}\n"


def page_text(name: str, script: str, title: str | None = None) -> str:
    """The new chapter page."""
    heading = "A First Example"
    return (
        f"{chapter_title(name, title)}\n"
        f".. module:: {name}\n"
        f"   :synopsis: {PURPOSE_PLACEHOLDER}\n"
        "\n"
        f":Purpose: {PURPOSE_PLACEHOLDER}\n"
        "\n"
        f"TODO: introduce :mod:`{name}`: the problem it solves, and when a\n"
        "reader would reach for it.  Each section below shows one idea with\n"
        "one short script, its output, and what to notice in it.\n"
        "\n"
        f"{heading}\n"
        f"{'=' * len(heading)}\n"
        "\n"
        "TODO: say what the example shows.\n"
        "\n"
        f".. literalinclude:: ../../{EXAMPLES_DIR}/{name}/{script}\n"
        f"   :caption: {script}\n"
        "   :start-after: #end_pymotw_header\n"
        "\n"
        "TODO: explain what the output below shows.\n"
        "\n"
        ".. {{{cog\n"
        f".. cog.out(run_script(cog.inFile, '{script}'))\n"
        ".. }}}\n"
        ".. {{{end}}}\n"
        "\n"
        "Python Versions\n"
        "===============\n"
        "\n"
        "Where the examples print something else on another Python:\n"
        "\n"
        ".. compatibility-table::\n"
    )


def importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def script_text(name: str) -> str:
    """The first example: the header, and a line that runs."""
    header = render_header("TODO: say in one line what this example shows.")
    if importable(name):
        body = f"import {name}\n\nprint('{name} is imported from', {name}.__name__)\n"
    else:
        body = f"print('the first example of the {name} chapter')\n"
    return header + body


def toctree_entries(lines: list[str]) -> tuple[int, int, list[int], str]:
    """Where the chapters' toctree is in *lines* of docs/index.rst.

    Returns the index of its ``.. toctree::`` line, the index after its
    last entry, the indices of its entries and their indentation.
    """
    start = 0
    for number, line in enumerate(lines[:-1]):
        underline = lines[number + 1]
        if line.strip() == CHAPTERS_HEADING and underline and set(underline) <= set("=-~^\"'`#*+"):
            start = number
            break
    for directive in range(start, len(lines)):
        if lines[directive].strip() == ".. toctree::":
            break
    else:
        raise ScaffoldError(f"{INDEX} has no toctree to add the chapter to")
    entries: list[int] = []
    indent = "   "
    end = directive + 1
    for number in range(directive + 1, len(lines)):
        line = lines[number]
        if not line.strip():
            continue
        if not line[0].isspace():
            break
        end = number + 1
        if line.strip().startswith(":"):  # an option such as :maxdepth:
            continue
        entries.append(number)
        indent = line[: len(line) - len(line.lstrip())]
    return directive, end, entries, indent


def add_to_toctree(text: str, entry: str) -> str:
    """*text* of docs/index.rst with *entry* in the chapters' toctree.

    Entries stay in alphabetical order: the new one goes before the first
    entry that sorts after it, or last.
    """
    lines = text.splitlines()
    directive, end, entries, indent = toctree_entries(lines)
    existing = [lines[number].strip() for number in entries]
    if entry in existing:
        raise ScaffoldError(f"{INDEX} already lists {entry}")
    position = next((number for number in entries if lines[number].strip() > entry), None)
    if position is None:
        position = entries[-1] + 1 if entries else end
        if not entries:  # a blank line separates options from entries
            lines.insert(position, "")
            position += 1
    lines.insert(position, indent + entry)
    return "\n".join(lines) + "\n"


def create(root: Path, name: str, title: str | None = None) -> list[str]:
    """Create chapter *name* in the project at *root*; say what was done."""
    check_name(name)
    index = root / INDEX
    if not index.is_file():
        raise ScaffoldError(
            f"{index} not found: run this from the project root (the folder of docs/)"
        )
    page_dir = root / DOCS_DIR / name
    examples = root / EXAMPLES_DIR / name
    for folder in (page_dir, examples):
        if folder.exists():
            raise ScaffoldError(
                f"chapter {name!r} exists already ({folder.relative_to(root)}/); "
                "pick another name or add pages to that chapter"
            )
    if (root / DOCS_DIR / f"{name}.rst").exists():
        raise ScaffoldError(f"{DOCS_DIR}/{name}.rst exists already; pick another name")
    entry = f"{name}/index"
    new_index = add_to_toctree(index.read_text("utf-8"), entry)  # may refuse too

    script = f"{script_prefix(name)}_first.py"
    page_dir.mkdir(parents=True)
    examples.mkdir(parents=True)
    page = page_dir / "index.rst"
    page.write_text(page_text(name, script, title), "utf-8")
    first = examples / script
    first.write_text(script_text(name), "utf-8")
    index.write_text(new_index, "utf-8")
    return [
        f"created {page.relative_to(root)}",
        f"created {first.relative_to(root)}",
        f"added {entry} to the toctree of {INDEX}",
    ]


NEXT_STEPS = """\
next steps:
  1. write the introduction and the first example (search for TODO)
  2. make serve            live preview: saving a script re-runs it
  3. make cog && make html  transcripts, then the site (no warnings)
  4. make lint && make test before you commit the page, the scripts and
     docs/{name}/transcripts.lock
the guide: docs/contributing/index.rst ("Contributing" in the site)"""


def run(root: Path, name: str, title: str | None = None) -> int:
    try:
        done = create(root, name, title)
    except ScaffoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"new chapter {name!r}:")
    for line in done:
        print(f"  {line}")
    print(NEXT_STEPS.format(name=name))
    return 0
