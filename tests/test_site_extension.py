"""motw.site, the Sphinx extension, on test roots cogged for real.

Each test root (``tests/roots/test-<name>/``, with its own ``conf.py``;
scripts beside their pages) is copied once per session and run through
a real ``motw cog``, which writes its lock and, for several Pythons, the
sidecars; each test builds its own copy with sphinx.testing's
``make_app``.  ``site`` has one Python (the one running the tests);
``versions`` has 3.13 (the primary), 3.12 and 3.11, and scripts whose
output differs between them, is the same, needs 3.12, or fails on 3.11.
The last test runs the real ``make epub`` on a copy of the project.
"""

from __future__ import annotations

import dataclasses
import os
import platform
import re
import runpy
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from chapter_site import make_site
from motw.cogpass import sidecar as sidecars
from motw.cogpass.lockfile import LockFile
from motw.cogpass.pythons import find
from motw.config import load
from motw.site import switcher
from motw.site.compatibility import summary_text
from motw.site.examples import demonstrated_names
from motw.site.provenance import note_text, site_text
from motw.site.records import span_text
from motw.site.transcripts import command_text

pytest_plugins = ("sphinx.testing.fixtures",)

ROOTS = Path(__file__).parent / "roots"
REPO = Path(__file__).resolve().parent.parent
NOTE = '<p class="motw-provenance">Transcripts on this page were generated with {}.</p>'
SCRIPT = '#!/usr/bin/env python3\n"""Says hello."""\n\n#end_pymotw_header\nprint("hello")\n'


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false")


def cog(root: Path, *options: str, **environment: str) -> subprocess.CompletedProcess:
    """A real `motw cog` pass over the project at *root*."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "MOTW_REQUIRE_ALL_PYTHONS")}
    return subprocess.run(
        [sys.executable, "-m", "motw", "cog", *options, "."],
        cwd=root,
        env={**env, **environment},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def cogged(tmp_path_factory):
    """name -> a copy of tests/roots/test-<name> after `motw cog` (made once)."""
    made: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in made:
            root = tmp_path_factory.mktemp("cogged") / name
            shutil.copytree(ROOTS / f"test-{name}", root)
            missing = find(root, None).missing
            if missing:
                message = f"test-{name} needs Python {', '.join(missing)} (pyenv install)"
                pytest.fail(message) if in_ci() else pytest.skip(message)
            result = cog(root)
            assert result.returncode == 0, result.stdout + result.stderr
            made[name] = root
        return made[name]

    return get


@pytest.fixture
def project(cogged, tmp_path):
    """name -> this test's own copy of a cogged root (in *folder*, default: name)."""

    def copy(name: str, folder: str = "") -> Path:
        root = tmp_path / (folder or name)
        shutil.copytree(cogged(name), root)
        return root

    return copy


@pytest.fixture
def build(make_app):
    """Build *root* as `sphinx-build` would (again on the same folder: only
    what changed is read again); returns the app, whose warnings are in
    ``app.warning``."""
    previous = []

    def run(root: Path, builder: str = "html", **options):
        for app in previous:  # as a new process would: no registration left over
            app.cleanup()
        app = make_app(builder, srcdir=root, **options)
        app.build()
        previous.append(app)
        return app

    return run


def soup(app, page: str) -> BeautifulSoup:
    suffix = ".xhtml" if app.builder.name == "epub" else ".html"
    return BeautifulSoup((app.outdir / (page + suffix)).read_text("utf-8"), "html.parser")


def later(path: Path) -> None:
    """Make *path* surely newer than the last build's reading of it."""
    moment = time.time() + 2
    os.utime(path, (moment, moment))


# -- Part 1: scripts, the closing note, the chapter list, EPUB ------------


def caption(html: str) -> str:
    return re.search(r'<div class="code-block-caption">.*?</div>', html, re.S).group()


def test_the_caption_links_to_a_copy_of_the_whole_script(project, build):
    app = build(project("site"))
    assert app.warning.getvalue() == ""
    page = (app.outdir / "demo" / "index.html").read_text()
    link = re.search(
        r'<a class="motw-download no-search reference download internal" '
        r'download="" href="\.\./(_downloads/\w+/demo\.py)">',
        caption(page),
    )
    assert link, caption(page)
    assert (app.outdir / link.group(1)).read_bytes() == SCRIPT.encode()  # header included
    assert re.sub(r"<[^>]+>", "", caption(page)).startswith("demo.py Download demo.py")
    assert '"download"' not in (app.outdir / "searchindex.js").read_text()  # not a word of the page
    # A reference to the block is titled by the caption alone.
    assert re.search(
        r'<a class="reference internal" href="#demo-script">'
        r'<span class="std std-ref">demo.py</span></a>',
        page,
    )


def test_chapter_pages_name_the_python_of_their_transcripts(project, build):
    root = project("site")
    app = build(root)
    here = f"CPython {platform.python_version()}"  # the only Python: the one running `motw cog`
    assert NOTE.format(here) in (app.outdir / "demo" / "index.html").read_text()
    assert "motw-provenance" not in (app.outdir / "about.html").read_text()
    checked = soup(app, "about").select_one("p.motw-checked-pythons").get_text()
    assert checked == f"Every transcript on this site was generated with {here}."

    # The lock file is a dependency of the page: a new one rebuilds it.
    lock = LockFile(root / "demo")
    record = lock.page("index.rst")
    lock.set_page("index.rst", dataclasses.replace(record, pythons={"3.10": "pypy 3.10.14"}))
    assert lock.save()
    later(lock.path)
    app = build(root)
    assert NOTE.format("PyPy 3.10.14") in (app.outdir / "demo" / "index.html").read_text()
    # So is what the site was checked on, on a page that is not the chapter's parent.
    checked = soup(app, "about").select_one("p.motw-checked-pythons").get_text()
    assert checked == (  # the json chapter keeps its own lock
        f"Every transcript on this site was generated with {here} (1 of 2 pages) "
        "and checked on PyPy 3.10.14 (1 of 2 pages)."
    )


def test_the_chapter_list_shows_the_chapters_of_its_section_with_summaries(project, build):
    root = project("site")
    app = build(root)
    index = (app.outdir / "index.html").read_text()
    chapters = re.search(r'<ul class="motw-chapters">.*?</ul>', index, re.S).group()
    assert 'href="demo/index.html">demo — A Demonstration</a>' in chapters
    assert '<p class="motw-chapter-summary">Shows the site.</p>' in chapters
    assert "about" not in chapters.lower()

    chapter = root / "demo" / "index.rst"
    chapter.write_text(chapter.read_text().replace("Shows the site.", "Now says more."))
    later(chapter)
    app = build(root)
    assert (
        '<p class="motw-chapter-summary">Now says more.</p>'
        in (app.outdir / "index.html").read_text()
    )


def test_epub_keeps_plain_captions_and_no_downloads(project, build):
    app = build(project("site"), "epub")
    page = (app.outdir / "demo" / "index.xhtml").read_text()
    assert "Download" not in page
    assert '<span class="caption-text">demo.py</span>' in caption(page)
    assert NOTE.format(f"CPython {platform.python_version()}") in page
    assert not (app.outdir / "_downloads").exists()


def test_every_transcript_has_an_anchor(project, build):
    app = build(project("site"))
    transcript = soup(app, "demo/index").select_one("div.motw-transcript")
    assert transcript["id"] == "transcript-python3-demo-py"  # one Python: named by its command
    assert "$ python3 demo.py" in transcript.get_text()
    assert transcript.select(".motw-version-marks") == []  # nothing to compare with


# -- Part 1b: where a page is, topics, the index, 404 ---------------------


def test_a_chapter_page_names_its_module_in_title_heading_search_and_breadcrumb(project, build):
    app = build(project("site"))
    assert app.warning.getvalue() == ""
    page = soup(app, "demo/errors")
    assert page.title.get_text() == "demo: Handling Errors \u2014 Demo Site  documentation"
    assert page.h1.get_text().rstrip("\u00b6") == "demo: Handling Errors"
    assert page.h1.select_one(".motw-heading-module").get_text() == "demo: "
    crumbs = page.select_one('nav.motw-breadcrumb[aria-label="Breadcrumb"]')
    assert [(li.get_text(), li.a["href"] if li.a else None) for li in crumbs.select("li")] == [
        ("Demo Site", "../index.html"),
        ("demo", "index.html"),
        ("Handling Errors", None),
    ]
    assert crumbs.select_one('[aria-current="page"]').get_text() == "Handling Errors"
    # A chapter's own page: its title names the module already.
    chapter = soup(app, "demo/index")
    assert chapter.title.get_text().startswith("demo \u2014 A Demonstration")
    assert [li.get_text() for li in chapter.select("nav.motw-breadcrumb li")] == [
        "Demo Site",
        "demo \u2014 A Demonstration",
    ]
    assert soup(app, "index").select("nav.motw-breadcrumb") == []  # the landing page
    # Search results show the long title.
    index = (app.outdir / "searchindex.js").read_text()
    assert '"demo: Handling Errors"' in index


def test_previous_and_next_name_the_module_and_say_when_they_leave_the_chapter(project, build):
    app = build(project("site"))

    def relations(page: str) -> dict[str, str]:
        """The basic theme's sidebar: "Previous topic" and "Next topic" with their links."""
        found = {}
        for heading in soup(app, page).select("div.sphinxsidebar h4"):
            key = {"Previous topic": "P", "Next topic": "N"}.get(heading.get_text())
            if key:
                found[key] = heading.find_next_sibling("p").a.decode_contents()
        return found

    errors = relations("demo/errors")
    assert errors["P"] == "demo \u2014 A Demonstration"  # its own chapter
    assert errors["N"] == (
        'json \u2014 JSON Text <span class="motw-leaves-chapter">(next chapter)</span>'
    )
    json = relations("json/index")
    assert json["P"] == (
        'demo: Handling Errors <span class="motw-leaves-chapter">(previous chapter)</span>'
    )
    assert json["N"] == 'About <span class="motw-leaves-chapter">(leaves json)</span>'
    assert relations("demo/index")["N"] == "demo: Handling Errors"


def test_the_landing_page_groups_chapters_by_the_topic_each_declares(project, build):
    root = project("site")
    app = build(root)
    index = soup(app, "index")
    topics = index.select("section.motw-topic")
    assert [
        (t.h3.get_text().rstrip("\u00b6"), [a.get_text() for a in t.select("a.reference")])
        for t in topics
    ] == [
        ("Text", ["demo \u2014 A Demonstration"]),
        ("Data Persistence and Exchange", ["json \u2014 JSON Text"]),
    ]
    assert topics[1].select_one(".motw-chapter-summary").get_text() == (
        "Python data as JSON text and back."
    )
    # A chapter that names no topic is listed under "Other", last.
    chapter = root / "json" / "index.rst"
    # (a blank line instead: the lock's block lines stay where they are)
    chapter.write_text(chapter.read_text().replace(":topic: Data Persistence and Exchange\n", "\n"))
    later(chapter)
    app = build(root)
    assert app.warning.getvalue() == ""
    topics = soup(app, "index").select("section.motw-topic")
    assert [t.h3.get_text().rstrip("\u00b6") for t in topics] == ["Text", "Other"]


def test_a_topic_not_in_the_list_is_an_error_naming_the_chapter(project, build):
    root = project("site")
    chapter = root / "json" / "index.rst"
    chapter.write_text(chapter.read_text().replace("Data Persistence and Exchange", "Dats"))
    app = build(root)
    assert (
        "json/index.rst: WARNING: unknown topic 'Dats': a chapter's ':topic:' is one of "
        "motw_topics in conf.py (Text, Data Persistence and Exchange)"
    ) in app.warning.getvalue()


def test_the_general_index_lists_the_names_each_example_demonstrates(project, build):
    app = build(project("site"))
    index = soup(app, "genindex")
    entries = {}
    for item in index.select("table.indextable li"):
        link = item.find("a", recursive=False)
        if link is None:  # a name with its scripts below it
            name = item.contents[0].strip()
            entries[name] = [(a.get_text(), a["href"]) for a in item.select("ul a")]
    assert entries["dumps (json)"] == [
        ("json_round_trip.py", "json/index.html#example-json-round-trip-py")
    ]
    assert entries["JSONDecodeError (json)"] == entries["dumps (json)"][:1]
    assert "loads (json)" in entries
    target = soup(app, "json/index").find(id="example-json-round-trip-py")
    assert "literal-block-wrapper" in target["class"]  # the script, with its caption


def test_names_are_read_from_the_script_not_run():
    source = (
        "import asyncio\nimport logging.handlers as lh\nfrom itertools import batched\n"
        "import sqlite3 as db\n"
        "async def main():\n    async with asyncio.TaskGroup() as tg: asyncio.sleep(0)\n"
        "lh.RotatingFileHandler\nasyncio._private\nconn = db.connect(':memory:')\n"
        "conn.row_factory = db.Row\n"
    )
    assert demonstrated_names(source, "asyncio") == [("sleep", "asyncio"), ("TaskGroup", "asyncio")]
    assert demonstrated_names(source, "logging") == [("RotatingFileHandler", "logging.handlers")]
    assert demonstrated_names(source, "itertools") == [("batched", "itertools")]
    assert demonstrated_names(source, "sqlite3") == [("connect", "sqlite3"), ("Row", "sqlite3")]
    assert demonstrated_names("def broken(:\n", "json") == []


def test_404_finds_the_site_root_from_any_folder(project, build):
    root = project("site")
    (root / "404.rst").write_text(":orphan:\n\nNot Found\n=========\n\nGone.\n")
    app = build(root)
    page = (app.outdir / "404.html").read_text()
    head = page[: page.index("</head>")]
    script = re.search(r"<script>\(function \(\) \{.*?</script>", head, re.S)
    assert script and head.index(script.group()) < head.index("<link")  # before anything loads
    assert 'var known = ["404.html", "_downloads", "_images", "_sources", "_static", ' in page
    assert '"about.html", "demo", "genindex.html", "index.html", "json", "search.html"], ' in page
    assert 'configured = "";' in page  # no html_baseurl
    assert "<script>(function" not in (app.outdir / "about.html").read_text()


def site_configuration(tmp_path: Path, site_url: str = "", repository: str = "") -> dict:
    """The names conf.py defines, with its two addresses set as given."""
    text = (REPO / "conf.py").read_text("utf-8")
    text = text.replace('SITE_URL = ""', f"SITE_URL = {site_url!r}", 1)
    text = text.replace('REPOSITORY_URL = ""', f"REPOSITORY_URL = {repository!r}", 1)
    path = tmp_path / "conf.py"
    path.write_text(text, "utf-8")
    return runpy.run_path(str(path))


def test_without_an_address_the_site_links_to_no_placeholder(tmp_path):
    conf = site_configuration(tmp_path)
    assert (conf["SITE_URL"], conf["REPOSITORY_URL"]) == ("", "")  # as committed
    assert "html_baseurl" not in conf  # no <link rel=canonical>
    assert conf["html_theme_options"] == {}  # no "view source"/"edit" buttons
    assert not {"sphinx_sitemap", "sphinxext.opengraph"} & set(conf["extensions"])


def test_the_one_setting_gives_the_address_and_the_repository(tmp_path):
    conf = site_configuration(
        tmp_path, "https://motw.example.org/", "https://github.com/someone/motw"
    )
    assert conf["html_baseurl"] == conf["ogp_site_url"] == "https://motw.example.org/"
    assert conf["html_theme_options"]["source_repository"] == "https://github.com/someone/motw/"
    assert {"sphinx_sitemap", "sphinxext.opengraph"} <= set(conf["extensions"])


# -- Part 2: every transcript on every Python -----------------------------

VERSIONS = "demo/versions"
FIVE = ["3.15", "3.14", "3.13", "3.12", "3.11"]


def tabs_of(transcript) -> list[tuple[str, str, str]]:
    """(text, aria-selected, tabindex) of each tab."""
    return [
        (tab.get_text(), tab["aria-selected"], tab["tabindex"])
        for tab in transcript.select('[role="tablist"] > [role="tab"]')
    ]


def panels_of(transcript) -> dict[str, object]:
    return {panel["data-version"]: panel for panel in transcript.select(".motw-version-panel")}


@pytest.fixture
def versions_app(project, build):
    app = build(project("versions"))
    assert app.warning.getvalue() == ""  # as with sphinx -W
    return app


def test_output_that_differs_gets_five_tabs_a_badge_and_a_diff(versions_app):
    transcript = soup(versions_app, VERSIONS).select_one("#transcript-demo-version-py")
    assert "motw-versions" in transcript["class"]
    badges = [b.get_text() for b in transcript.select(".motw-version-marks .motw-badge")]
    assert badges == ["differs on 3.11\u20133.14"]
    assert tabs_of(transcript) == [
        ("Python 3.15", "true", "0"),
        ("Python 3.14", "false", "-1"),
        ("Python 3.13", "false", "-1"),
        ("Python 3.12", "false", "-1"),
        ("Python 3.11", "false", "-1"),
    ]
    for tab in transcript.select('[role="tab"]'):
        panel = transcript.select_one(f"#{tab['aria-controls']}")
        assert panel["data-tab"] == tab["id"]
    panels = panels_of(transcript)
    assert list(panels) == FIVE
    for version, panel in panels.items():
        assert (
            f"running on {tuple(map(int, version.split('.')))}"
            in panel.select_one("div.highlight-console pre").get_text()
        )
    assert panels["3.15"].select("details") == []
    diff = panels["3.11"].select_one("details.motw-version-diff")
    assert diff.summary.get_text() == "What changed from 3.15"
    assert diff.select_one("div.highlight-diff .gd").get_text() == "--- Python 3.15"
    assert [line.get_text() for line in diff.select(".gd, .gi")] == [
        "--- Python 3.15",
        "+++ Python 3.11",
        "-running on (3, 15)",
        "+running on (3, 11)",
    ]


def test_same_on_every_python_is_said_once_under_the_title(versions_app):
    page = soup(versions_app, VERSIONS)
    transcript = page.select_one("#transcript-demo-same-py")
    assert "motw-versions" not in transcript["class"]
    assert transcript.select('[role="tab"]') == []
    assert len(transcript.select("div.highlight-console")) == 1
    assert transcript.select(".motw-version-marks") == []  # no badge of its own
    assert "same on" not in page.select_one("div.body, div[role=main]").get_text().replace(
        "prints the same on", ""
    )
    notes = page.select("p.motw-page-versions")
    assert [n.get_text() for n in notes] == [
        "Every transcript on this page prints the same on Python 3.11\u20133.15, "
        "except where it is marked."
    ]
    assert notes[0].find_previous_sibling("h1") is not None  # right under the title
    landing = soup(versions_app, "demo/index").select_one("p.motw-page-versions").get_text()
    assert landing == "Every transcript on this page prints the same on Python 3.11\u20133.15."


def test_a_python_a_block_needs_a_newer_version_for_gets_no_tab(versions_app):
    transcript = soup(versions_app, VERSIONS).select_one("#transcript-demo-new-py")
    badges = [b.get_text() for b in transcript.select(".motw-version-marks .motw-badge")]
    assert badges == ["New in Python 3.12"]
    assert transcript.select('[role="tab"], .motw-version-panel') == []  # 3.12-3.15 agree
    assert len(transcript.select("div.highlight-console")) == 1
    assert "[('a', 'b', 'c', 'd'), ('e', 'f')]" in transcript.get_text()
    assert "needs Python" not in transcript.get_text()


def test_a_section_with_an_example_for_newer_pythons_is_marked_in_its_heading_and_contents(
    versions_app,
):
    page = soup(versions_app, VERSIONS)
    heading = page.select_one("#only-on-newer-pythons h2")
    mark = heading.select_one(".motw-heading-mark")
    assert mark.get_text() == "New in 3.12"
    assert "motw-badge-new" in mark["class"]
    assert page.select("div.body .motw-heading-mark") == [mark]  # not the title, nor others
    assert page.h1.select(".motw-heading-mark") == []
    # The sidebar's contents of the page (basic theme: localtoc) carry it too.
    sidebar = [m.get_text() for m in page.select("div.sphinxsidebar .motw-heading-mark")]
    assert sidebar == ["New in 3.12"]
    # The page's contents (the toctree of its chapter) carry the mark too.
    toc = soup(versions_app, "demo/index").select_one("div.toctree-wrapper")
    assert toc is not None
    entries = {a.get_text(): a for a in toc.select("a")}
    assert "Only on Newer Pythons New in 3.12" in entries, list(entries)
    assert entries["Only on Newer Pythons New in 3.12"].select_one(".motw-heading-mark")


def test_a_python_the_script_fails_on_shows_its_traceback(versions_app):
    transcript = soup(versions_app, "demo/more/batches").select_one("#transcript-demo-batched-py")
    badges = [b.get_text() for b in transcript.select(".motw-version-marks .motw-badge")]
    assert badges == ["fails on 3.11"]
    assert [t[0] for t in tabs_of(transcript)] == [f"Python {v}" for v in FIVE]
    failing = panels_of(transcript)["3.11"]
    assert failing.select_one(".motw-version-label").get_text() == "Python 3.11: fails"
    assert "AttributeError: module 'itertools' has no attribute 'batched'" in failing.get_text()


def test_without_javascript_every_version_shows_in_order_labelled(versions_app):
    page = soup(versions_app, VERSIONS)
    assert page.select_one('script[src*="_static/motw.js"]') is not None  # which makes the tabs
    for transcript in page.select("div.motw-versions"):
        assert transcript.select_one('[role="tablist"]').has_attr("hidden")
        panels = transcript.select(".motw-version-panel")
        assert not any(panel.has_attr("hidden") for panel in panels)
        labels = [panel.select_one(".motw-version-label").get_text() for panel in panels]
        assert [label.split(":")[0] for label in labels] == [f"Python {v}" for v in FIVE]


def test_prose_written_by_cog_is_not_a_transcript(versions_app):
    page = soup(versions_app, VERSIONS)
    prose = page.find("p", string="A line of prose written by cog, not a transcript.")
    assert prose.find_parent(class_="motw-transcript") is None
    ids = [t["id"] for t in page.select(".motw-transcript")]
    assert ids == [
        "transcript-demo-version-py",
        "transcript-demo-same-py",
        "transcript-demo-new-py",
    ]


def table_rows(table) -> list[list[str]]:
    """A compatibility table as text: ``["page: <title>"]`` for a page's row, else
    the example and each cell's state (without the Python a phone shows in it)."""
    rows = []
    for row in table.select("tbody tr"):
        if "motw-page-row" in row.get("class", []):
            rows.append([f"page: {row.get_text(strip=True)}"])
            continue
        cells = row.select("td")
        rows.append(
            [cells[0].get_text(strip=True)] + [cell.a.get_text(strip=True) for cell in cells[1:]]
        )
    return rows


def test_the_compatibility_table_lists_the_exceptions_and_the_full_grid_is_one_click_away(
    versions_app,
):
    section = soup(versions_app, "demo/index").select_one("#compatibility")
    assert section.select_one(".motw-compatibility-summary").get_text() == (
        "3 of 5 examples print something else on another Python; every other example "
        "prints the same on all five Pythons (3.11\u20133.15). "
        "The pages show the output of Python 3.15."
    )
    exceptions, everything = section.select("table.motw-compatibility")
    assert exceptions.find_parent("details") is None
    assert (
        everything.find_parent("details").summary.get_text() == "Every example on every Python (5)"
    )
    for table in (exceptions, everything):  # in Furo's scrolling wrapper
        assert "table-wrapper" in table.parent["class"]
        head = [cell.get_text(strip=True) for cell in table.select("thead th")]
        assert head == ["Example", *(f"Python {v}" for v in FIVE[1:])]  # the primary is the page's
        assert "compared with Python 3.15, whose output the pages show" in table.caption.get_text()
    assert table_rows(exceptions) == [
        ["page: Versions"],
        ["demo_version.py", "differs", "differs", "differs", "differs"],
        ["demo_new.py", "same", "same", "same", "needs 3.12"],
        ["page: Batches"],
        ["demo_batched.py", "same", "same", "same", "fails"],
    ]
    assert table_rows(everything) == [
        ["page: demo \u2014 Output by Python Version"],
        ["demo_same.py", "same", "same", "same", "same"],
        ["page: Versions"],
        ["demo_version.py", "differs", "differs", "differs", "differs"],
        ["demo_same.py", "same", "same", "same", "same"],
        ["demo_new.py", "same", "same", "same", "needs 3.12"],
        ["page: Batches"],
        ["demo_batched.py", "same", "same", "same", "fails"],
    ]
    # States are classes (coloured as the badges); each cell names its Python for phones.
    new = exceptions.select("tbody tr")[2].select("td")
    assert [cell["class"] for cell in new[1:]] == [["motw-state-same"]] * 3 + [["motw-state-needs"]]
    assert [cell.select_one(".motw-cell-python").get_text() for cell in new[1:]] == FIVE[1:]
    # Every link goes to the transcript, or to that Python's tab.
    links = [a["href"] for a in exceptions.select("tbody tr")[1].select("a")]
    assert links == [
        "versions.html#transcript-demo-version-py",
        *(f"versions.html#transcript-demo-version-py-{v.replace('.', '-')}" for v in FIVE[1:]),
    ]
    assert [a["href"] for a in new[1].parent.select("a")] == [
        "versions.html#transcript-demo-new-py"
    ] * 5  # no tab for 3.11: it has nothing to show
    assert exceptions.select_one("tbody tr a")["href"] == "versions.html"  # the page row
    here = [a["href"] for a in everything.select("tbody tr")[1].select("a")]
    assert here == ["#transcript-demo-same-py"] * 5  # this page's own transcript
    for link in section.select("tbody a"):  # every link lands on an element of its page
        page, _, anchor = link["href"].partition("#")
        if anchor:
            target = f"demo/{page[: -len('.html')]}" if page else "demo/index"
            assert soup(versions_app, target).find(id=anchor), link


def test_a_chapter_whose_examples_agree_everywhere_says_so_in_one_sentence(project, build):
    root = project("versions")
    for page in ("versions.rst", "more/batches.rst"):
        (root / "demo" / page).write_text("Gone\n====\n\nNothing here.\n")
    index = root / "demo" / "index.rst"
    index.write_text(index.read_text().replace("   versions\n", "   versions\n   more/batches\n"))
    app = build(root)
    section = soup(app, "demo/index").select_one("#compatibility")
    assert section.select_one(".motw-compatibility-summary").get_text() == (
        "The example of this chapter prints the same on all five Pythons (3.11\u20133.15). "
        "The pages show the output of Python 3.15."
    )
    (table,) = section.select("table.motw-compatibility")
    assert table.find_parent("details") is not None  # the grid is still one click away


def test_the_compatibility_summary_counts_in_words():
    assert summary_text("3.13", ["3.13"], 4, 0) == (
        "The pages show the output of Python 3.13. No other Python was checked."
    )
    assert summary_text("3.15", FIVE, 7, 1) == (
        "1 of 7 examples prints something else on another Python; every other example "
        "prints the same on all five Pythons (3.11\u20133.15). "
        "The pages show the output of Python 3.15."
    )
    assert summary_text("3.15", FIVE, 7, 0).startswith("All 7 examples of this chapter print")


def test_the_site_and_each_page_name_the_pythons_checked(versions_app):
    lock = LockFile(versions_app.srcdir / "demo").page("versions.rst")
    found = {v: i.split()[1] for v, i in lock.pythons.items()}  # e.g. "cpython 3.15.2"
    names = [f"CPython {found[v]}" for v in FIVE]
    others = f"{names[1]}, {names[2]}, {names[3]} and {names[4]}"
    landing = soup(versions_app, "index").select_one("p.motw-checked-pythons").get_text()
    assert landing == (
        f"Every transcript on this site was generated with {names[0]} and checked on {others}."
    )
    note = soup(versions_app, VERSIONS).select_one("p.motw-provenance").get_text()
    assert note == (
        f"Transcripts on this page were generated with {names[0]} and checked on {others}."
    )


def test_epub_shows_the_primary_and_names_the_pythons_that_differ(project, build):
    app = build(project("versions"), "epub")
    page = soup(app, VERSIONS)
    assert page.select('[role="tab"], .motw-version-panel, details') == []
    transcript = page.select_one("#transcript-demo-version-py")
    assert [pre.get_text() for pre in transcript.select("pre")] == [
        "$ python3 demo_version.py\n\nrunning on (3, 15)\n"
    ]
    assert transcript.select_one(".motw-version-note").get_text() == (
        "This is the output on Python 3.15; it differs on 3.11\u20133.14."
    )
    new = page.select_one("#transcript-demo-new-py .motw-version-marks").get_text()
    assert new == "New in Python 3.12"  # not a switcher: no Python shows something else
    batched = soup(app, "demo/more/batches").select_one("#transcript-demo-batched-py")
    assert batched.select_one(".motw-version-note").get_text() == (
        "This is the output on Python 3.15; it fails on 3.11."
    )
    # The compatibility table's links to a Python's tab land on the transcript.
    assert page.find(id="transcript-demo-version-py-3-11") is not None
    chapter = soup(app, "demo/index")
    table = chapter.select_one("table.motw-compatibility")
    assert table.select_one('a[href="versions.xhtml#transcript-demo-version-py-3-11"]')
    # The whole grid is shown open: an e-book reader may not open a <details>.
    assert chapter.select("details") == []
    assert len(chapter.select("table.motw-compatibility")) == 2
    assert chapter.select_one(".motw-compatibility-all > p.rubric").get_text() == (
        "Every example on every Python (5)"
    )


def test_a_new_pass_rebuilds_the_page(project, build):
    root = project("versions")
    build(root)
    same = root / "demo" / "demo_same.py"
    same.write_text(same.read_text() + 'print("on", __import__("sys").version_info[1])\n')
    result = cog(root)
    assert result.returncode == 0, result.stderr
    app = build(root)
    assert app.warning.getvalue() == ""
    transcript = soup(app, VERSIONS).select_one("#transcript-demo-same-py")
    assert [t[0] for t in tabs_of(transcript)] == [f"Python {v}" for v in FIVE]
    badges = [b.get_text() for b in transcript.select(".motw-version-marks .motw-badge")]
    assert badges == ["differs on 3.11\u20133.14"]


def test_any_page_of_the_folder_that_changes_rewrites_its_table(project, build):
    root = project("versions")
    build(root)
    # A page below the chapter's, whose toctree parent is not the table's page.
    page = root / "demo" / "more" / "batches.rst"
    page.write_text(page.read_text().replace("Batches\n=======", "In Batches\n=========="))
    later(page)
    app = build(root)
    table = soup(app, "demo/index").select_one("table.motw-compatibility")
    assert table_rows(table)[-2:] == [
        ["page: In Batches"],
        ["demo_batched.py", "same", "same", "same", "fails"],
    ]


def test_a_new_lock_rewrites_the_landing_page(project, build):
    root = project("versions")
    build(root)
    lock = LockFile(root / "demo" / "more")
    record = lock.page("batches.rst")
    found = {v: i.split()[1] for v, i in record.pythons.items()}  # as this machine has them
    pythons = {**record.pythons, "3.12": "cpython 3.12.99"}
    lock.set_page("batches.rst", dataclasses.replace(record, pythons=pythons))
    assert lock.save()
    later(lock.path)
    app = build(root)
    landing = soup(app, "index").select_one("p.motw-checked-pythons").get_text()
    assert landing == (
        f"Every transcript on this site was generated with CPython {found['3.15']} and checked "
        f"on CPython {found['3.14']}, CPython {found['3.13']}, "
        f"CPython {found['3.12']} / CPython 3.12.99 and CPython {found['3.11']}."
    )


def test_a_sidecar_out_of_step_with_the_page_is_a_warning(project, build):
    root = project("versions")
    page = root / "demo" / "versions.rst"
    blocks = sidecars.read(page)
    sidecar = sidecars.path(page)
    sidecar.write_text(sidecars.render(page.name, "3.15", blocks[:2]))
    app = build(root)
    assert (
        "versions.rst: WARNING: versions.versions.txt records 2 transcript(s), "
        "transcripts.lock 3: run 'make cog'"
    ) in app.warning.getvalue()
    assert soup(app, VERSIONS).select('[role="tab"]') == []  # nothing matched wrongly

    # The sidecar is a dependency of the page: putting it right rebuilds it.
    sidecar.write_text(sidecars.render(page.name, "3.15", blocks))
    later(sidecar)
    app = build(root)
    assert "WARNING" not in app.warning.getvalue()
    assert soup(app, VERSIONS).select('[role="tab"]')


@pytest.mark.slow
def test_transcripts_are_the_blocks_the_lock_records_not_those_naming_run_script(project, build):
    """A block that names run_script only in a comment runs nothing, and one
    that calls a helper wrapping it runs a script: the site places each
    transcript on the block the pass recorded, so none shifts."""
    root = project("versions")
    page = root / "demo" / "versions.rst"
    page.write_text(
        page.read_text()
        .replace(
            "The version running the script:\n",
            ".. {{{cog\n"
            ".. # (no run_script here: a comment)\n"
            ".. def show(name): return run_script(cog.inFile, name)\n"
            ".. }}}\n.. {{{end}}}\n\n"
            "The version running the script:\n",
        )
        .replace(
            ".. cog.out(run_script(cog.inFile, 'demo_same.py'))",
            ".. cog.out(show('demo_same.py'))",
        )
    )
    result = cog(root)
    assert result.returncode == 0, result.stdout + result.stderr
    app = build(root)
    assert app.warning.getvalue() == ""
    html = soup(app, VERSIONS)
    ids = [t["id"] for t in html.select(".motw-transcript")]
    assert ids == [
        "transcript-demo-version-py",
        "transcript-demo-same-py",
        "transcript-demo-new-py",
    ]
    assert "motw-versions" in html.select_one("#transcript-demo-version-py")["class"]
    same = html.select_one("#transcript-demo-same-py")
    assert "motw-versions" not in same["class"]
    assert "demo_same.py" in same.get_text() and "hello" in same.get_text()


def test_a_lock_out_of_step_with_the_page_is_a_warning_until_the_next_pass(project, build):
    root = project("versions")
    page = root / "demo" / "versions.rst"
    page.write_text(page.read_text().replace("========\n", "========\n\nA new line.\n", 1))
    app = build(root)
    assert (
        "versions.rst: WARNING: transcripts.lock records transcripts at line(s) 14, 28, 45, "
        "where the page has no cog block: run 'make cog'"
    ) in app.warning.getvalue()
    assert soup(app, VERSIONS).select('[role="tab"]') == []  # nothing matched wrongly
    result = cog(root)
    assert result.returncode == 0, result.stdout + result.stderr
    later(page)
    app = build(root)
    assert app.warning.getvalue() == ""
    assert soup(app, VERSIONS).select('[role="tab"]')


def test_a_sidecar_the_site_cannot_read_is_a_warning_naming_it(project, build):
    root = project("versions")
    (root / "demo" / "versions.versions.txt").write_text("== block one, line two: x.py\n")
    app = build(root)
    assert (
        "versions.rst: WARNING: versions.versions.txt cannot be read; 'make cog' rewrites it"
        in (app.warning.getvalue())
    )
    transcript = soup(app, VERSIONS).select_one(".motw-transcript")
    assert transcript["id"] == "transcript-python3-demo-version-py"  # named from the lock
    assert transcript.select('[role="tab"], .motw-version-marks') == []


def test_a_lock_the_site_cannot_read_is_a_warning_naming_it(project, build):
    root = project("versions")
    (root / "demo" / "transcripts.lock").write_text('{"schema": 1, "pages": {}}')
    app = build(root)
    warnings = app.warning.getvalue()
    assert "demo/transcripts.lock: written with lock schema 1" in warnings
    assert warnings.count("WARNING") == 1  # for the lock, not for each page beside it
    assert soup(app, VERSIONS).select(".motw-provenance, .motw-version-marks") == []


def test_a_python_not_found_is_not_checked(project, build):
    root = project("versions")
    config = root / "pyproject.toml"
    config.write_text(config.read_text().replace('"3.11"]', '"3.11", "3.10"]'))
    # Regenerated (--force) where 3.10 cannot be found.
    result = cog(root, "--force", MOTW_PYTHON_3_10=str(root / "no-such-python"))
    assert result.returncode == 0, result.stderr
    assert "Python 3.10 not found" in result.stderr
    app = build(root)
    same = soup(app, VERSIONS).select_one("#transcript-demo-same-py .motw-version-marks")
    assert [b.get_text() for b in same.select(".motw-badge")] == ["not checked on 3.10"]
    table = soup(app, "demo/index").select_one("table.motw-compatibility")
    assert [cell.get_text(strip=True) for cell in table.select("thead th")][-1] == "Python 3.10"
    examples = [row for row in table_rows(table) if not row[0].startswith("page: ")]
    assert {row[-1] for row in examples} == {"not checked"}
    assert len(examples) == 5  # not checked counts as an exception: every example
    note = soup(app, VERSIONS).select_one("p.motw-provenance").get_text()
    assert "3.10" not in note


def test_a_parallel_build_writes_the_same_tables(project, build):
    serial = build(project("versions"))
    parallel = build(project("versions", "again"), parallel=2)
    for page, selector in (("demo/index", "table.motw-compatibility"), ("index", "p")):
        assert str(soup(parallel, page).select_one(selector)) == str(
            soup(serial, page).select_one(selector)
        )


def test_the_closing_note_puts_the_primary_first_whatever_the_order():
    recorded = {"3.11": "cpython 3.11.7", "3.13": "cpython 3.13.0", "3.12": "cpython 3.12.1"}
    assert note_text(recorded) == (
        "Transcripts on this page were generated with CPython 3.13.0 "
        "and checked on CPython 3.12.1 and CPython 3.11.7."
    )
    assert note_text({"3.9": "cpython 3.9.1", "3.10": "pypy 3.10.14"}) == (
        "Transcripts on this page were generated with PyPy 3.10.14 and checked on CPython 3.9.1."
    )


def test_version_spans_follow_the_configured_versions():
    configured = ["3.14", "3.13", "3.12", "3.11", "3.10"]
    assert span_text(["3.13", "3.12", "3.11"], configured) == "3.11\u20133.13"
    assert span_text(["3.14", "3.12", "3.11"], configured) == "3.11\u20133.12 and 3.14"
    assert span_text(["3.10", "3.12", "3.14"], configured) == "3.10, 3.12 and 3.14"


def test_the_site_says_which_pages_a_python_checked():
    pages = {
        "a": {"3.13": "cpython 3.13.0", "3.12": "cpython 3.12.1"},
        "b": {"3.13": "cpython 3.13.1"},
    }
    assert site_text(pages) == (
        "Every transcript on this site was generated with CPython 3.13.0 / CPython 3.13.1 "
        "and checked on CPython 3.12.1 (1 of 2 pages)."
    )
    assert site_text({}) == "No page has generated transcripts yet."


# -- The real thing: `make epub` -------------------------------------------


def check_epub(path: Path) -> None:
    """What an EPUB reader needs to open the file."""
    with zipfile.ZipFile(path) as book:
        first = book.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert book.read("mimetype") == b"application/epub+zip"
        ns = {
            "c": "urn:oasis:names:tc:opendocument:xmlns:container",
            "opf": "http://www.idpf.org/2007/opf",
        }
        container = ElementTree.fromstring(book.read("META-INF/container.xml"))
        opf_path = container.find(".//c:rootfile", ns).get("full-path")
        opf = ElementTree.fromstring(book.read(opf_path))
        names = set(book.namelist())
        items = opf.findall(".//opf:manifest/opf:item", ns)
        assert items
        for item in items:
            assert item.get("href") in names, item.get("href")
            if item.get("media-type") == "application/xhtml+xml":
                ElementTree.fromstring(book.read(item.get("href")))  # well-formed
        spine = [ref.get("idref") for ref in opf.findall(".//opf:spine/opf:itemref", ns)]
        assert len(spine) > 2


@pytest.mark.slow
def test_make_epub_builds_an_epub_without_warnings(tmp_path, make):
    root = make_site(tmp_path / "site", chapters=("contextvars",))
    (root / ".venvs").symlink_to(REPO / ".venvs")  # the examples' environments, made by make
    result = make(root, "epub")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "WARNING" not in result.stderr, result.stderr
    books = list((root / "build" / "epub").glob("*.epub"))
    assert [b.name for b in books] == ["module-of-the-week.epub"]
    check_epub(books[0])
    with zipfile.ZipFile(books[0]) as book:
        text = book.read("contextvars/index.xhtml").decode()
    primary = load(REPO).primary
    assert f"Transcripts on this page were generated with CPython {primary}" in text
    assert "Every transcript on this page prints the same on Python" in text


def test_badges_name_five_pythons_as_ranges():
    outputs = {
        "3.14": sidecars.Output(sidecars.DIFFERS, "x"),
        "3.13": sidecars.Output(sidecars.SAME),
        "3.12": sidecars.Output(sidecars.DIFFERS, "y"),
        "3.11": sidecars.Output(sidecars.NEEDS, needs="3.12"),
    }
    node = switcher.summary("3.15", outputs)
    assert [b.astext() for b in switcher.marks(node)] == [
        "New in Python 3.12",
        "differs on 3.12 and 3.14",
    ]
    assert switcher.note_text(node) == (
        "This is the output on Python 3.15; it differs on 3.12 and 3.14; "
        "it needs Python 3.12 or newer."
    )
    outputs = {v: sidecars.Output(sidecars.FAILS, "z") for v in ("3.14", "3.13", "3.12")}
    node = switcher.summary("3.15", {**outputs, "3.11": sidecars.Output(sidecars.SAME)})
    assert [b.astext() for b in switcher.marks(node)] == ["fails on 3.12\u20133.14"]


def test_a_table_row_is_labelled_by_the_command_a_reader_would_type():
    assert command_text(["python3 demo.py --help"]) == "demo.py --help"
    assert command_text(["python3 -m json.tool data.json"]) == "python3 -m json.tool data.json"
    assert command_text(["ls -1 *.db"]) == "ls -1 *.db"
    assert command_text(["python3 a.py", "python3 a.py", "python3 a.py -v", "python3 b.py"]) == (
        "a.py (and 2 more)"
    )
