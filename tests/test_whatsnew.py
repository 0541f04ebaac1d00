"""The what's-new pages: what a release changed, from the lock and the sidecars.

A real pass on three Pythons writes ``docs/whatsnew/``; the check names
a what's-new page whose data is not the one generated; Sphinx renders
the pages (HTML and EPUB) from the JSON it publishes.  The data model is
also tested on synthetic records for two to six Pythons.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from pathlib import Path

import pytest

from motw.cogpass import whatsnew
from motw.cogpass.lockfile import BlockRecord, LockFile, PageRecord
from motw.cogpass.sidecar import NEEDS, SAME, BlockVersions, Output, render
from motw.cogpass.sidecar import path as sidecar_path
from motw.engine.interpreters import Interpreters

THREE = ["3.15", "3.14", "3.13"]
missing = [v for v in THREE if Interpreters(Path("/nonexistent")).find(v) is None]
needs_three = pytest.mark.skipif(
    bool(missing), reason=f"needs CPython {', '.join(missing)} (make provisions 3.13-3.15)"
)
WHATSNEW_INDEX = """\
What's New
==========

.. whats-new-list::

.. toctree::
   :glob:
   :reversed:

   3.*
"""
CHAPTER = """\
The w Module
============

.. toctree::

   examples

Python Versions
===============

* **Python 3.14**: ``w_new`` can run.

.. compatibility-table::
"""
PAGE = """\
Examples
========

Versions
--------

.. changed in 3.15: it prints the new version.

.. {{{cog
.. cog.out(run_script(cog.inFile, 'w_version.py'))
.. }}}
.. {{{end}}}

Since Python 3.14 the second number is one more, as every year.

The Same
--------

.. {{{cog
.. cog.out(run_script(cog.inFile, 'w_same.py'))
.. }}}
.. {{{end}}}

Newer
-----

.. {{{cog
.. cog.out(run_script(cog.inFile, 'w_new.py', python='>=3.14'))
.. }}}
.. {{{end}}}
"""


@pytest.fixture
def three(project):
    """A chapter on three Pythons, with a folder docs/whatsnew/ (the opt-in)."""
    (project.root / "pyproject.toml").write_text(f"[tool.motw]\npythons = {json.dumps(THREE)}\n")
    project.script("w", "w_version.py", "import sys\nprint(sys.version_info[:2])\n")
    project.script("w", "w_same.py", "print('the same everywhere')\n")
    project.script("w", "w_new.py", "print('only from 3.14')\n")
    chapter = project.root / "docs" / "w"
    chapter.mkdir()
    (chapter / "index.rst").write_text(CHAPTER)
    (chapter / "examples.rst").write_text(PAGE)
    (project.root / "docs" / "whatsnew").mkdir()
    (project.root / "docs" / "whatsnew" / "index.rst").write_text(WHATSNEW_INDEX)
    return project


def labels(data: dict, kind: str) -> list[str]:
    return [e["label"] for chapter in data["chapters"] for e in chapter[kind]]


@needs_three
def test_a_pass_writes_a_page_and_its_json_per_release_after_the_oldest(three, cli):
    status, _, err = cli("cog", "-j", "2")
    assert status == 0, err
    folder = three.root / "docs" / "whatsnew"
    assert sorted(p.name for p in folder.iterdir()) == [
        "3.14.json",
        "3.14.rst",
        "3.15.json",
        "3.15.rst",
        "index.rst",
    ]
    new = json.loads((folder / "3.15.json").read_text())
    older = json.loads((folder / "3.14.json").read_text())
    # The version printer changed on every release; the same one appears nowhere;
    # the >=3.14 one under 3.14 only.
    assert labels(new, "changed") == ["w_version.py"] and labels(new, "new") == []
    assert labels(older, "changed") == ["w_version.py"] and labels(older, "new") == ["w_new.py"]
    assert (new["changed"], new["new"], older["changed"], older["new"]) == (1, 0, 1, 1)
    example = new["chapters"][0]["changed"][0]
    assert "\t(3, 14)\n" in example["before"] and "\t(3, 15)\n" in example["after"]
    assert example["page"] == "w/examples" and example["block"] == 1
    assert example["section"] == "Versions"
    assert example["note"] == "it prints the new version."  # the comment above the block
    # No comment for 3.14: the nearest sentence of the section naming it.
    assert older["chapters"][0]["changed"][0]["note"] == (
        "Since Python 3.14 the second number is one more, as every year."
    )
    assert older["chapters"][0]["note"] == "Python 3.14: w_new can run."  # the chapter's bullet
    assert new["chapters"][0]["note"] == ""
    assert "\tonly from 3.14\n" in older["chapters"][0]["new"][0]["after"]
    assert (folder / "3.15.rst").read_text() == whatsnew.render_page("3.15")
    # A second pass changes nothing.
    before = {p.name: p.read_text() for p in folder.iterdir()}
    assert cli("cog")[0] == 0
    assert {p.name: p.read_text() for p in folder.iterdir()} == before


@needs_three
def test_the_check_names_the_whats_new_page_of_an_edited_sidecar(three, cli):
    assert cli("cog")[0] == 0
    assert cli("check", "--no-diff")[0] == 0
    sidecar = sidecar_path(three.root / "docs" / "w" / "examples.rst")
    sidecar.write_text(sidecar.read_text().replace("(3, 14)", "(3, 99)"))
    status, _, err = cli("check", "--no-diff")
    assert status == 1
    assert "docs/whatsnew/3.15.rst (What's new in Python 3.15): 3.15.json is not the file" in err
    assert "docs/whatsnew/3.14.rst (What's new in Python 3.14): 3.14.json is not the file" in err
    assert "examples.versions.txt is not the file generated" in err  # and the page, as before


@needs_three
def test_a_hand_edited_json_is_stale_and_the_pass_mends_it(three, cli):
    assert cli("cog")[0] == 0
    data = three.root / "docs" / "whatsnew" / "3.15.json"
    data.write_text(data.read_text().replace('"changed": 1', '"changed": 2'))
    status, _, err = cli("check", "--no-diff")
    assert status == 1
    assert "may be stale: docs/whatsnew/3.15.rst (What's new in Python 3.15)" in err
    assert "the what's-new pages are stale" in err
    (three.root / "docs" / "whatsnew" / "3.12.json").write_text("{}")
    assert "no configured release has it" in cli("check", "--no-diff")[2]
    status, _, err = cli("cog")
    assert status == 0, err
    assert not (three.root / "docs" / "whatsnew" / "3.12.json").exists()
    assert cli("check", "--no-diff")[0] == 0


def test_without_the_folder_or_with_one_python_nothing_is_written(project, cli):
    project.script("w", "w_same.py", "print('same')\n")
    project.page("w", "index.rst", "run_script(cog.inFile, 'w_same.py')")
    assert cli("cog")[0] == 0
    assert not (project.root / "docs" / "whatsnew").exists()  # not opted in
    (project.root / "docs" / "whatsnew").mkdir()
    assert cli("cog")[0] == 0
    assert list((project.root / "docs" / "whatsnew").iterdir()) == []  # one Python
    assert cli("check", "--no-diff")[0] == 0


# -- The site ---------------------------------------------------------------


def build(root: Path, builder: str, out: Path) -> None:
    from sphinx.cmd.build import build_main

    (root / "docs" / "conf.py").write_text(
        'extensions = ["motw.site"]\nexclude_patterns = ["**/transcripts.lock"]\n'
        'version = release = "1"\ncopyright = "the authors"\n'
    )
    chapters = sorted(p.parent.name for p in (root / "docs").glob("*/index.rst"))
    entries = "".join(f"   {name}/index\n" for name in chapters)  # whatsnew/index among them
    (root / "docs" / "index.rst").write_text(
        f"Home\n====\n\n.. whats-new-list::\n\n.. toctree::\n\n{entries}"
    )
    doctrees = ["-d", str(out.parent / f"{builder}-doctrees")]
    assert (
        build_main(["-q", "-W", "-E", "-b", builder, *doctrees, str(root / "docs"), str(out)]) == 0
    )


def text_of(page: str) -> str:
    """The words of an HTML page, as a reader sees them (straight quotes)."""
    words = html.unescape(re.sub(r"<[^>]+>", "", page)).replace(
        "\N{RIGHT SINGLE QUOTATION MARK}", "'"
    )
    return re.sub(r"\s+", " ", words)


@needs_three
def test_the_pages_show_what_the_json_says(three, cli, tmp_path):
    assert cli("cog")[0] == 0
    out = tmp_path / "html"
    build(three.root, "html", out)
    for release in ("3.15", "3.14"):
        published = (out / "whatsnew" / f"{release}.json").read_text()
        assert published == (three.root / "docs" / "whatsnew" / f"{release}.json").read_text()
        data = json.loads(published)
        page = (out / "whatsnew" / f"{release}.html").read_text()
        shown = re.findall(
            r'<p class="motw-whatsnew-example-title"><a class="reference internal" '
            r'href="([^"]+)"><code[^>]*><span class="pre">([^<]+)</span>',
            page,
        )
        wanted = [e for c in data["chapters"] for kind in ("changed", "new") for e in c[kind]]
        assert [label for _, label in shown] == [e["label"] for e in wanted]
        # Each links to its transcript on its page.
        assert all(href.startswith("../w/examples.html#transcript-") for href, _ in shown)
        words = text_of(page)
        assert (
            f"{data['changed']} example prints something new on Python {release}; "
            f"{data['new']} example{'s' if data['new'] != 1 else ''} need"
        ) in words
        for example in wanted:
            for side in ("before", "after"):
                if side in example:
                    last = example[side].strip().splitlines()[-1].strip()
                    assert last in words
        assert f'href="{release}.json"' in page
    assert "What changed from 3.14" in (out / "whatsnew" / "3.15.html").read_text()
    chapter = (out / "w" / "index.html").read_text()
    assert 'href="../whatsnew/3.15.html#whatsnew-w"' in chapter  # from its table...
    home = text_of((out / "index.html").read_text())
    assert "What's New in Python 3.15, Shown Running: 1 example prints something new" in home


@needs_three
def test_a_chapter_with_no_change_says_so(three, cli, tmp_path):
    (three.root / "source_examples" / "q").mkdir()
    three.script("q", "q_same.py", "print('quiet')\n")
    three.page("q", "index.rst", "run_script(cog.inFile, 'q_same.py')")
    assert cli("cog")[0] == 0
    data = json.loads((three.root / "docs" / "whatsnew" / "3.15.json").read_text())
    assert [c["name"] for c in data["chapters"]] == ["q", "w"]
    assert data["chapters"][0]["changed"] == data["chapters"][0]["new"] == []
    out = tmp_path / "html"
    build(three.root, "html", out)
    words = text_of((out / "whatsnew" / "3.15.html").read_text())
    assert "No difference seen" in words
    assert "every example prints the same on Python 3.15 as on Python 3.14" in words
    assert "index.rst (1 example)" in words


@needs_three
def test_the_epub_has_the_pages_in_reading_order(three, cli, tmp_path):
    assert cli("cog")[0] == 0
    out = tmp_path / "epub"
    build(three.root, "epub", out)
    book = next(out.glob("*.epub"))
    with zipfile.ZipFile(book) as epub:
        opf = epub.read("content.opf").decode()
        page = epub.read("whatsnew/3.15.xhtml").decode()
    spine = re.findall(r'<itemref idref="([^"]+)"', opf)
    files = dict(re.findall(r'<item id="([^"]+)" href="([^"]+)"', opf))
    order = [files[i] for i in spine]
    assert order.index("whatsnew/index.xhtml") < order.index("whatsnew/3.15.xhtml")
    assert order.index("whatsnew/3.15.xhtml") < order.index("whatsnew/3.14.xhtml")
    assert "<details" not in page and "3.15.json" not in page  # no diff view, no file
    assert "(3, 14)" in page and "(3, 15)" in page


# -- The data model, on synthetic records -------------------------------------

SIX = ["3.16", "3.15", "3.14", "3.13", "3.12", "3.11"]


def synthetic(root: Path, pythons: list[str]) -> None:
    """A chapter whose transcripts are recorded (no pass): one block prints
    its version, one the same everywhere, one needs the second newest, one
    differs only by a cleaned address."""
    (root / "pyproject.toml").write_text(f"[tool.motw]\npythons = {json.dumps(pythons)}\n")
    folder = root / "docs" / "s"
    folder.mkdir(parents=True)
    (root / "docs" / "whatsnew").mkdir()
    texts = {
        "s_version.py": {v: f"::\n\n\t$ python3 s_version.py\n\t{v}\n\n" for v in pythons},
        "s_same.py": dict.fromkeys(pythons, "::\n\n\tsame\n\n"),
        "s_new.py": {v: "::\n\n\tnew\n\n" if i <= 1 else None for i, v in enumerate(pythons)},
        "s_noise.py": {
            v: "::\n\n\t<o at 0x...>\n\n" if i == 0 else "::\n\n\t<o at 0x1f>\n\n"
            for i, v in enumerate(pythons)
        },
    }
    primary, others = pythons[0], pythons[1:]
    lines = ["Page\n", "====\n", "\n"]
    blocks, sidecar = [], []
    for number, (label, by_version) in enumerate(texts.items(), 1):
        line = "".join(lines).count("\n") + 1  # of its first marker
        lines += [".. {{{cog\n", f".. cog.out(run_script(cog.inFile, '{label}'))\n"]
        lines += [".. }}}\n", by_version[primary], ".. {{{end}}}\n", "\n"]
        blocks.append(BlockRecord(line, "", {}, ()))
        outputs = {}
        for version in others:
            text = by_version[version]
            if text is None:
                outputs[version] = Output(NEEDS, needs=pythons[1])
            elif text == by_version[primary]:
                outputs[version] = Output(SAME)
            else:
                outputs[version] = Output("differs", text)
        sidecar.append(BlockVersions(number, label, outputs))
    page = folder / "page.rst"
    page.write_text("".join(lines))
    sidecar_path(page).write_text(render("page.rst", primary, sidecar))
    lock = LockFile(folder)
    record = PageRecord("", "", {}, None, dict.fromkeys(pythons, "cpython"), {}, tuple(blocks))
    lock.set_page("page.rst", record)
    lock.save()


@pytest.mark.parametrize("count", [2, 3, 4, 5, 6])
def test_any_list_of_pythons_gives_a_page_per_release_after_the_oldest(tmp_path, count):
    pythons = SIX[:count]
    synthetic(tmp_path, pythons)
    releases = whatsnew.collect(tmp_path)
    assert [(r.version, r.previous) for r in releases] == list(
        zip(pythons[:-1], pythons[1:], strict=True)
    )
    for release in releases:
        (chapter,) = release.chapters
        assert [e.label for e in chapter.changed] == ["s_version.py"]  # not the noise
        wanted = ["s_new.py"] if release.version == pythons[1] else []
        assert [e.label for e in chapter.new] == wanted
        assert chapter.examples == 4
    files = whatsnew.generated(tmp_path)
    assert files is not None and len(files) == 2 * (count - 1)
    assert whatsnew.write(tmp_path) and whatsnew.stale(tmp_path) == []


def test_a_difference_only_in_a_placeholder_is_no_change():
    assert whatsnew.same_but_noise("<o at 0x...>\n", "<o at 0x7f3a9c>\n")
    assert whatsnew.same_but_noise("File .../x.py\n", "File /home/u/x.py\n")
    assert not whatsnew.same_but_noise("<o at 0x...>\n", "<p at 0x7f3a9c>\n")
    assert not whatsnew.same_but_noise("a\n", "a\nb\n")
    assert not whatsnew.same_but_noise("File .../x.py\n", "File /home/u x.py\n")


def test_notes_are_plain_text():
    assert (
        whatsnew.plain(
            "the :exc:`ValueError` of ``allow_nan=False`` (:ref:`json-nan`), :pep:`686`, "
            ":func:`~json.dumps` and :doc:`the page <encoding>`"
        )
        == "the ValueError of allow_nan=False, PEP 686, dumps and the page"
    )
