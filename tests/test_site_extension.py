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
from motw.cogpass import versions as sidecars
from motw.cogpass.lockfile import LockFile
from motw.cogpass.pythons import find
from motw.config import load
from motw.site.provenance import note_text, site_text
from motw.site.records import span_text

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
    assert checked == "Every transcript on this site was generated with PyPy 3.10.14."


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


# -- Part 2: every transcript on every Python -----------------------------

VERSIONS = "demo/versions"


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


def test_output_that_differs_gets_tabs_a_badge_and_a_diff(versions_app):
    transcript = soup(versions_app, VERSIONS).select_one("#transcript-demo-version-py")
    assert "motw-versions" in transcript["class"]
    badges = [b.get_text() for b in transcript.select(".motw-version-marks .motw-badge")]
    assert badges == ["differs on 3.12 and 3.11"]
    assert tabs_of(transcript) == [
        ("Python 3.13", "true", "0"),
        ("Python 3.12", "false", "-1"),
        ("Python 3.11", "false", "-1"),
    ]
    for tab in transcript.select('[role="tab"]'):
        panel = transcript.select_one(f"#{tab['aria-controls']}")
        assert panel["data-tab"] == tab["id"]
    panels = panels_of(transcript)
    assert list(panels) == ["3.13", "3.12", "3.11"]
    for version, panel in panels.items():
        assert (
            f"running on {tuple(map(int, version.split('.')))}"
            in panel.select_one("div.highlight-console pre").get_text()
        )
    assert panels["3.13"].select("details") == []
    diff = panels["3.11"].select_one("details.motw-version-diff")
    assert diff.summary.get_text() == "What changed from 3.13"
    assert diff.select_one("div.highlight-diff .gd").get_text() == "--- Python 3.13"
    assert [line.get_text() for line in diff.select(".gd, .gi")] == [
        "--- Python 3.13",
        "+++ Python 3.11",
        "-running on (3, 13)",
        "+running on (3, 11)",
    ]


def test_output_the_same_everywhere_is_shown_once_marked_same(versions_app):
    transcript = soup(versions_app, VERSIONS).select_one("#transcript-demo-same-py")
    assert "motw-versions" not in transcript["class"]
    assert transcript.select('[role="tab"]') == []
    assert len(transcript.select("div.highlight-console")) == 1
    assert transcript.select_one(".motw-version-marks").get_text() == "same on 3.11\u20133.13"


def test_a_block_for_newer_pythons_is_new_and_older_tabs_need_it(versions_app):
    transcript = soup(versions_app, VERSIONS).select_one("#transcript-demo-new-py")
    badges = [b.get_text() for b in transcript.select(".motw-version-marks .motw-badge")]
    assert badges == ["New in Python 3.12", "same on 3.12\u20133.13"]
    panels = panels_of(transcript)
    assert [t[0] for t in tabs_of(transcript)] == ["Python 3.13", "Python 3.12", "Python 3.11"]
    assert "[('a', 'b', 'c', 'd'), ('e', 'f')]" in panels["3.12"].get_text()
    assert panels["3.11"].select("pre") == []
    assert panels["3.11"].select_one(".motw-version-needs").get_text() == "needs Python 3.12"


def test_a_python_the_script_fails_on_shows_its_traceback(versions_app):
    transcript = soup(versions_app, "demo/more/batches").select_one("#transcript-demo-batched-py")
    badges = [b.get_text() for b in transcript.select(".motw-version-marks .motw-badge")]
    assert badges == ["fails on 3.11", "same on 3.12\u20133.13"]
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
        assert [label.split(":")[0] for label in labels] == [
            "Python 3.13",
            "Python 3.12",
            "Python 3.11",
        ]


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


def test_the_compatibility_table_links_each_example_on_each_python(versions_app):
    table = soup(versions_app, "demo/index").select_one("table.motw-compatibility")
    head = [cell.get_text(strip=True) for cell in table.select("thead th")]
    assert head == ["Page", "Example", "3.13", "3.12", "3.11"]
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")] for row in table.select("tbody tr")
    ]
    assert rows == [
        ["demo — Output by Python Version", "demo_same.py", "shown", "same", "same"],
        ["Versions", "demo_version.py", "shown", "differs", "differs"],
        ["demo_same.py", "shown", "same", "same"],
        ["demo_new.py", "shown", "same", "new in 3.12"],
        ["Batches", "demo_batched.py", "shown", "same", "fails"],
    ]
    here = [a["href"] for a in table.select("tbody tr")[0].select("a")]
    assert here == ["#transcript-demo-same-py"] * 4  # this page's own transcript
    links = [a["href"] for a in table.select("tbody tr")[1].select("a")]
    assert links == [
        "versions.html",
        "versions.html#transcript-demo-version-py",
        "versions.html#transcript-demo-version-py-3-13",
        "versions.html#transcript-demo-version-py-3-12",
        "versions.html#transcript-demo-version-py-3-11",
    ]
    same = [a["href"] for a in table.select("tbody tr")[2].select("a")]
    assert same[1:] == ["versions.html#transcript-demo-same-py"] * 3
    batches = [a["href"] for a in table.select("tbody tr")[4].select("a")]
    assert batches[:2] == ["more/batches.html", "more/batches.html#transcript-demo-batched-py"]
    # Every link lands on an element of its page.
    for link in table.select("tbody a"):
        page, _, anchor = link["href"].partition("#")
        if anchor:
            target = f"demo/{page[: -len('.html')]}" if page else "demo/index"
            assert soup(versions_app, target).find(id=anchor), link


def test_the_site_and_each_page_name_the_pythons_checked(versions_app):
    lock = LockFile(versions_app.srcdir / "demo").page("versions.rst")
    found = {v: i.split()[1] for v, i in lock.pythons.items()}  # e.g. "cpython 3.13.0"
    names = [f"CPython {found[v]}" for v in ("3.13", "3.12", "3.11")]
    landing = soup(versions_app, "index").select_one("p.motw-checked-pythons").get_text()
    assert landing == (
        f"Every transcript on this site was generated with {names[0]} "
        f"and checked on {names[1]} and {names[2]}."
    )
    note = soup(versions_app, VERSIONS).select_one("p.motw-provenance").get_text()
    assert note == (
        f"Transcripts on this page were generated with {names[0]} "
        f"and checked on {names[1]} and {names[2]}."
    )


def test_epub_shows_the_primary_and_names_the_pythons_that_differ(project, build):
    app = build(project("versions"), "epub")
    page = soup(app, VERSIONS)
    assert page.select('[role="tab"], .motw-version-panel, details') == []
    transcript = page.select_one("#transcript-demo-version-py")
    assert [pre.get_text() for pre in transcript.select("pre")] == [
        "$ python3 demo_version.py\n\nrunning on (3, 13)\n"
    ]
    assert transcript.select_one(".motw-version-note").get_text() == (
        "This is the output on Python 3.13; it differs on 3.12 and 3.11."
    )
    new = page.select_one("#transcript-demo-new-py .motw-version-note").get_text()
    assert new == "This is the output on Python 3.13; it needs Python 3.12 or newer."
    # The compatibility table's links to a Python's tab land on the transcript.
    assert page.find(id="transcript-demo-version-py-3-11") is not None
    table = soup(app, "demo/index").select_one("table.motw-compatibility")
    assert table.select_one('a[href="versions.xhtml#transcript-demo-version-py-3-11"]')


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
    assert [t[0] for t in tabs_of(transcript)] == ["Python 3.13", "Python 3.12", "Python 3.11"]
    badges = [b.get_text() for b in transcript.select(".motw-version-marks .motw-badge")]
    assert badges == ["differs on 3.12 and 3.11"]


def test_any_page_of_the_folder_that_changes_rewrites_its_table(project, build):
    root = project("versions")
    build(root)
    # A page below the chapter's, whose toctree parent is not the table's page.
    page = root / "demo" / "more" / "batches.rst"
    page.write_text(page.read_text().replace("Batches\n=======", "In Batches\n=========="))
    later(page)
    app = build(root)
    table = soup(app, "demo/index").select_one("table.motw-compatibility")
    row = [cell.get_text(strip=True) for cell in table.select("tbody tr")[4].select("td")]
    assert row == ["In Batches", "demo_batched.py", "shown", "same", "fails"]


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
        f"Every transcript on this site was generated with CPython {found['3.13']} and checked "
        f"on CPython {found['3.12']} / CPython 3.12.99 and CPython {found['3.11']}."
    )


def test_a_sidecar_out_of_step_with_the_page_is_a_warning(project, build):
    root = project("versions")
    page = root / "demo" / "versions.rst"
    blocks = sidecars.read(page)
    sidecar = sidecars.sidecar_path(page)
    sidecar.write_text(sidecars.render(page.name, "3.13", blocks[:2]))
    app = build(root)
    assert (
        "versions.rst: WARNING: the page has 3 cog block(s) that call run_script, "
        "versions.versions.txt records 2: run 'make cog'"
    ) in app.warning.getvalue()
    assert soup(app, VERSIONS).select('[role="tab"]') == []  # nothing matched wrongly

    # The sidecar is a dependency of the page: putting it right rebuilds it.
    sidecar.write_text(sidecars.render(page.name, "3.13", blocks))
    later(sidecar)
    app = build(root)
    assert "WARNING" not in app.warning.getvalue()
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
    assert [b.get_text() for b in same.select(".motw-badge")] == [
        "same on 3.11\u20133.13",
        "not checked on 3.10",
    ]
    table = soup(app, "demo/index").select_one("table.motw-compatibility")
    assert [cell.get_text(strip=True) for cell in table.select("thead th")][-1] == "3.10"
    assert {row.select("td")[-1].get_text(strip=True) for row in table.select("tbody tr")} == {
        "not checked"
    }
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
def test_make_epub_builds_an_epub_without_warnings(tmp_path):
    root = make_site(tmp_path / "site", chapters=("contextvars",))
    (root / ".venvs").symlink_to(REPO / ".venvs")  # the examples' environments, made by make
    result = subprocess.run(  # -o: the shared environments are up to date
        [
            "make",
            "--no-print-directory",
            "-o",
            ".venv/.installed",
            "-o",
            "envs",
            "epub",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "WARNING" not in result.stderr, result.stderr
    books = list((root / "build" / "epub").glob("*.epub"))
    assert [b.name for b in books] == ["module-of-the-week.epub"]
    check_epub(books[0])
    with zipfile.ZipFile(books[0]) as book:
        text = book.read("contextvars/index.xhtml").decode()
    primary = load(REPO).primary
    assert f"Transcripts on this page were generated with CPython {primary}" in text
