"""``make new-chapter``: the scaffold builds at once, and refuses clearly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chapter_site import REPO, index_entries, make_site
from motw.authoring import headers, scaffold


@pytest.fixture
def site(tmp_path) -> Path:
    return make_site(tmp_path / "site")


def motw(root: Path, *args: str) -> subprocess.CompletedProcess:
    """The installed ``motw`` command, as ``make new-chapter`` runs it."""
    return subprocess.run(
        [REPO / ".venv" / "bin" / "motw", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for top in ("docs", "source_examples")
        for path in sorted((root / top).rglob("*"))
        if path.is_file()
    }


@pytest.mark.slow
def test_new_chapters_then_make_cog_and_make_html_with_no_warnings(site, make):
    before = index_entries((site / "docs/index.rst").read_text())

    made = make(site, "new-chapter", "NAME=colorsys", "TITLE=Color Systems")
    assert made.returncode == 0, made.stdout + made.stderr
    assert "created docs/colorsys/index.rst" in made.stdout
    assert "created source_examples/colorsys/colorsys_first.py" in made.stdout
    dotted = make(site, "new-chapter", "NAME=xml.dom")
    assert dotted.returncode == 0, dotted.stdout + dotted.stderr

    page = site / "docs/colorsys/index.rst"
    script = site / "source_examples/colorsys/colorsys_first.py"
    dotted_script = site / "source_examples/xml.dom/xml_dom_first.py"
    assert page.read_text().startswith(
        "============================\n colorsys --- Color Systems\n============================\n"
    )
    assert "\n   :caption: colorsys_first.py\n   :start-after: #end_pymotw_header\n" in (
        page.read_text()
    )
    assert headers.check_file(script) == [] and headers.check_file(dotted_script) == []
    assert "import xml.dom\n" in dotted_script.read_text()
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "source_examples"],
        cwd=site,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert lint.returncode == 0, lint.stdout

    # The chapters' toctree keeps its order and gains the two, sorted.
    after = index_entries((site / "docs/index.rst").read_text())
    assert set(after) - set(before) == {"colorsys/index", "xml.dom/index"}
    chapters = after[: after.index("xml.dom/index") + 1]
    assert chapters == sorted(chapters)

    cogged = make(site, "cog")
    assert cogged.returncode == 0, cogged.stderr
    text = page.read_text()
    assert "\t$ python3 colorsys_first.py\n\t\n\tcolorsys is imported from colorsys\n" in text
    assert (site / "docs/colorsys/transcripts.lock").is_file()
    assert (site / "docs/xml.dom/transcripts.lock").is_file()

    # The build proves the new examples under Pyodide (CI requires it).
    pyodide = (REPO / "node_modules" / "pyodide").is_dir()
    if pyodide:
        (site / "node_modules").symlink_to(REPO / "node_modules")
    built = make(site, "html")  # cogs again (nothing to do), then Sphinx -W
    assert built.returncode == 0, built.stdout + built.stderr
    assert (site / "docs/colorsys/browser.lock").is_file() == pyodide
    assert "warning" not in built.stderr.lower(), built.stderr
    assert page.read_text() == text  # the second pass rewrote nothing
    html = (site / "build/html/colorsys/index.html").read_text()
    assert "colorsys is imported from colorsys" in html
    assert (site / "build/html/xml.dom/index.html").is_file()
    assert make(site, "cog-check").returncode == 0


@pytest.mark.parametrize(
    "name, message",
    [
        ("Colorsys", "'Colorsys' is not a valid chapter name (did you mean 'colorsys'?)"),
        ("1st", "'1st' is not a valid chapter name"),
        ("class", "'class' is a Python keyword"),
        ("xml.class", "'class' is a Python keyword"),
        ("os..path", "'os..path' is not a valid chapter name"),
        ("os.", "'os.' is not a valid chapter name"),
        (".os", "'.os' is not a valid chapter name"),
        ("my-module", "'my-module' is not a valid chapter name"),
        ("two words", "'two words' is not a valid chapter name"),
        ("xml/etree", "'xml/etree' is not a valid chapter name"),
        ("ünïcode", "'ünïcode' is not a valid chapter name"),
    ],
)
def test_invalid_names_are_refused_and_nothing_changes(site, name, message):
    before = snapshot(site)
    result = motw(site, "new-chapter", name)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: '{name}' is not a valid chapter name")
    assert message in result.stderr
    if "keyword" not in message:  # the rule, said in full
        assert "lowercase letters, digits and underscores" in result.stderr
    assert snapshot(site) == before


def test_an_existing_chapter_is_refused_and_nothing_changes(site):
    assert motw(site, "new-chapter", "colorsys").returncode == 0
    (site / "source_examples/colorsys/colorsys_mine.py").write_text("print('mine')\n")
    before = snapshot(site)
    again = motw(site, "new-chapter", "colorsys")
    assert again.returncode == 1
    assert again.stderr == (
        "error: chapter 'colorsys' exists already (docs/colorsys/); "
        "pick another name or add pages to that chapter\n"
    )
    assert snapshot(site) == before


def test_a_chapter_with_only_examples_is_refused_too(site):
    (site / "source_examples/zlib").mkdir()
    result = motw(site, "new-chapter", "zlib")
    assert result.returncode == 1
    assert "exists already (source_examples/zlib/)" in result.stderr
    assert not (site / "docs/zlib").exists()


def test_a_page_named_like_the_chapter_is_refused(site):
    (site / "docs/zlib.rst").write_text("zlib\n====\n")
    before = snapshot(site)
    result = motw(site, "new-chapter", "zlib")
    assert result.returncode == 1
    assert result.stderr == "error: docs/zlib.rst exists already; pick another name\n"
    assert snapshot(site) == before


def test_an_index_without_a_toctree_is_refused_and_nothing_changes(site):
    (site / "docs/index.rst").write_text("Title\n=====\n\nNo toctree.\n")
    before = snapshot(site)
    result = motw(site, "new-chapter", "zlib")
    assert result.returncode == 1
    assert result.stderr == "error: docs/index.rst has no toctree to add the chapter to\n"
    assert snapshot(site) == before


def test_the_command_says_what_it_made_and_what_comes_next(site):
    result = motw(site, "new-chapter", "zlib", "--title", "Compression Compatible with gzip")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "new chapter 'zlib':\n"
        "  created docs/zlib/index.rst\n"
        "  created source_examples/zlib/zlib_first.py\n"
        "  added zlib/index to the toctree of docs/index.rst\n"
        + scaffold.NEXT_STEPS.format(name="zlib")
        + "\n"
    )
    assert "docs/zlib/transcripts.lock" in result.stdout
    title = " zlib --- Compression Compatible with gzip"
    rule = "=" * (len(title) + 1)
    assert (site / "docs/zlib/index.rst").read_text().startswith(f"{rule}\n{title}\n{rule}\n\n")
    script = (site / "source_examples/zlib/zlib_first.py").read_text()
    assert script.endswith("import zlib\n\nprint('zlib is imported from', zlib.__name__)\n")


def test_the_command_needs_a_name(site):
    result = motw(site, "new-chapter")
    assert result.returncode == 2
    assert "the following arguments are required: name" in result.stderr


def test_make_new_chapter_without_a_name_says_how(site, make):
    result = make(site, "new-chapter")
    assert result.returncode == 2
    assert "usage: make new-chapter NAME=<module>" in result.stderr


def test_outside_a_project_it_refuses(tmp_path):
    result = motw(tmp_path, "new-chapter", "json")
    assert result.returncode == 1
    assert "run this from the project root" in result.stderr
    assert list(tmp_path.iterdir()) == []


INDEX = """\
Title
=====

.. toctree::
   :maxdepth: 1

   intro

Chapters
========

.. chapter-list::

.. toctree::
   :maxdepth: 2
   :hidden:

   asyncio/index
   zlib/index

Contributing
============

.. toctree::

   contributing/index
"""


@pytest.mark.parametrize(
    "entry, expected",
    [
        ("abc/index", ["abc/index", "asyncio/index", "zlib/index"]),
        ("json/index", ["asyncio/index", "json/index", "zlib/index"]),
        ("zoneinfo/index", ["asyncio/index", "zlib/index", "zoneinfo/index"]),
    ],
)
def test_the_entry_goes_in_sorted_order_into_the_chapters_toctree(entry, expected):
    text = scaffold.add_to_toctree(INDEX, entry)
    assert index_entries(text) == ["intro", *expected, "contributing/index"]
    # Nothing else moved: removing the new line gives back the original.
    assert text.replace(f"   {entry}\n", "", 1) == INDEX


def test_an_empty_toctree_gets_its_first_entry():
    text = "Chapters\n========\n\n.. toctree::\n   :maxdepth: 2\n\nMore text.\n"
    assert scaffold.add_to_toctree(text, "json/index") == (
        "Chapters\n========\n\n.. toctree::\n   :maxdepth: 2\n\n   json/index\n\nMore text.\n"
    )


def test_a_toctree_that_ends_the_file_gets_the_entry_last():
    text = "Chapters\n========\n\n.. toctree::\n\n   b/index"  # no final newline
    assert scaffold.add_to_toctree(text, "c/index") == (
        "Chapters\n========\n\n.. toctree::\n\n   b/index\n   c/index\n"
    )


def test_an_empty_name_is_refused(site):
    result = motw(site, "new-chapter", "")
    assert result.returncode == 1
    assert result.stderr.startswith("error: no chapter name given; a chapter is named after")


def test_an_index_without_a_toctree_is_refused():
    with pytest.raises(scaffold.ScaffoldError, match="has no toctree"):
        scaffold.add_to_toctree("Title\n=====\n\nNo toctree.\n", "json/index")


def test_an_entry_already_listed_is_refused():
    with pytest.raises(scaffold.ScaffoldError, match="already lists zlib/index"):
        scaffold.add_to_toctree(INDEX, "zlib/index")


def test_a_module_that_is_not_importable_gets_a_script_that_runs():
    text = scaffold.script_text("no_such_module_here")
    assert headers.problems(text) == []
    assert "import" not in text.split("#end_pymotw_header")[1]
    ran = subprocess.run([sys.executable, "-c", text], capture_output=True, text=True)
    assert ran.stdout == "the first example of the no_such_module_here chapter\n"
    # a submodule of a package that is not there is not importable either
    assert not scaffold.importable("no_such_package.sub")


def test_the_contributing_guide_shows_what_the_scaffold_writes():
    """docs/contributing/section.txt is the section make new-chapter writes."""
    page = scaffold.page_text("json", "json_first.py")
    section = (REPO / "docs/contributing/section.txt").read_text()
    before, found, after = page.partition(section)
    assert found and before.endswith("TODO: say what the example shows.\n\n")
    assert after == (  # then the chapter's table of its outputs on every Python
        "\nPython Versions\n===============\n\n"
        "Where the examples print something else on another Python:\n\n"
        ".. compatibility-table::\n"
    )
