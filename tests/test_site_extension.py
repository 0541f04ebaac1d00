"""motw.sphinxext's features for readers, and `make epub`.

A tiny project, cogged for real and built in-process, shows the download links on captions,
the note naming the Python of the transcripts (and that a new lock file
rebuilds the page), the chapter list, and what EPUB leaves out.  The
last test runs the real `make epub` on a copy of the project.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace

from chapter_site import make, make_site
from motw.environment import interpreter_version
from motw.sphinxext import describe_interpreter

SCRIPT = '#!/usr/bin/env python3\n"""Says hello."""\n\n#end_pymotw_header\nprint("hello")\n'
INDEX = """\
Site
====

Chapters
--------

.. chapter-list::

.. toctree::
   :hidden:

   demo/index

Elsewhere
---------

.. toctree::
   :hidden:

   about
"""
CHAPTER = """\
demo --- A Demonstration
========================

.. module:: demo
   :synopsis: {synopsis}

.. literalinclude:: ../../source_examples/demo/demo.py
   :caption: demo.py
   :name: demo-script
   :start-after: #end_pymotw_header

See :ref:`demo-script`.

.. {{{{{{cog
.. cog.out(run_script(cog.inFile, 'demo.py'))
.. }}}}}}
.. {{{{{{end}}}}}}
"""
NOTE = '<p class="motw-provenance">Transcripts on this page were generated with {}.</p>'


@pytest.fixture(scope="module")
def cogged(tmp_path_factory) -> Path:
    """A one-chapter project after a real `motw cog` (which writes the lock file)."""
    root = tmp_path_factory.mktemp("cogged")
    (root / "conf.py").write_text(
        'extensions = ["motw.sphinxext"]\nhighlight_language = "console"\n'
        'exclude_patterns = ["**/transcripts.lock"]\n'
    )
    (root / "source_examples" / "demo").mkdir(parents=True)
    (root / "source_examples" / "demo" / "demo.py").write_text(SCRIPT)
    docs = root / "docs"
    (docs / "demo").mkdir(parents=True)
    (docs / "index.rst").write_text(INDEX)
    (docs / "about.rst").write_text("About\n=====\n\nNo transcripts here.\n")
    (docs / "demo" / "index.rst").write_text(CHAPTER.format(synopsis="Shows the site."))
    result = subprocess.run([sys.executable, "-m", "motw", "cog"], cwd=root,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (docs / "demo" / "transcripts.lock").is_file()
    return root


@pytest.fixture
def project(cogged, tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(cogged, root, ignore=shutil.ignore_patterns(".cache", "_build"))
    return root


def set_recorded_interpreter(lock: Path, interpreter: str) -> None:
    """As if `make cog` had run on another Python (whatever the lock's layout)."""

    def walk(value):
        if isinstance(value, dict):
            return {k: interpreter if k == "interpreter" else walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    lock.write_text(json.dumps(walk(json.loads(lock.read_text())), indent=1))
    later = time.time() + 2  # surely newer than the last build's reading
    os.utime(lock, (later, later))


def build(root: Path, builder: str = "html") -> tuple[Path, str]:
    """Build (incrementally) into root/_build/<builder>; returns it and the warnings."""
    out = root / "_build" / builder
    warnings = io.StringIO()
    with docutils_namespace():
        app = Sphinx(root / "docs", root, out, root / "_build" / f"{builder}.doctrees",
                     builder, status=None, warning=warnings)
        app.build()
    return out, warnings.getvalue()


def caption(html: str) -> str:
    return re.search(r'<div class="code-block-caption">.*?</div>', html, re.S).group()


def test_the_caption_links_to_a_copy_of_the_whole_script(project):
    out, warnings = build(project)
    assert warnings == ""
    page = (out / "demo" / "index.html").read_text()
    link = re.search(r'<a class="motw-download no-search reference download internal" '
                     r'download="" '
                     r'href="\.\./(_downloads/\w+/demo\.py)">', caption(page))
    assert link, caption(page)
    assert (out / link.group(1)).read_bytes() == SCRIPT.encode()  # header included
    assert re.sub(r"<[^>]+>", "", caption(page)).startswith("demo.py Download demo.py")
    assert '"download"' not in (out / "searchindex.js").read_text()  # not a word of the page
    # A reference to the block is titled by the caption alone.
    assert re.search(r'<a class="reference internal" href="#demo-script">'
                     r'<span class="std std-ref">demo.py</span></a>', page)


def test_chapter_pages_name_the_python_of_their_transcripts(project):
    out, _ = build(project)
    python = describe_interpreter(interpreter_version())  # the one `motw cog` recorded
    assert NOTE.format(python) in (out / "demo" / "index.html").read_text()
    assert "motw-provenance" not in (out / "about.html").read_text()

    # The lock file is a dependency of the page: a new one rebuilds it.
    set_recorded_interpreter(project / "docs" / "demo" / "transcripts.lock", "pypy 3.10.14")
    out, _ = build(project)
    assert NOTE.format("PyPy 3.10.14") in (out / "demo" / "index.html").read_text()


def test_the_chapter_list_shows_the_chapters_of_its_section_with_summaries(project):
    out, _ = build(project)
    index = (out / "index.html").read_text()
    chapters = re.search(r'<ul class="motw-chapters">.*?</ul>', index, re.S).group()
    assert 'href="demo/index.html">demo — A Demonstration</a>' in chapters
    assert '<p class="motw-chapter-summary">Shows the site.</p>' in chapters
    assert "about" not in chapters.lower()

    chapter = project / "docs" / "demo" / "index.rst"
    chapter.write_text(CHAPTER.format(synopsis="Now says more."))
    out, _ = build(project)
    assert '<p class="motw-chapter-summary">Now says more.</p>' in (out / "index.html").read_text()


def test_epub_keeps_plain_captions_and_no_downloads(project):
    out, warnings = build(project, "epub")
    page = (out / "demo" / "index.xhtml").read_text()
    assert "Download" not in page
    assert '<span class="caption-text">demo.py</span>' in caption(page)
    assert NOTE.format(describe_interpreter(interpreter_version())) in page
    assert not (out / "_downloads").exists()


def check_epub(path: Path) -> None:
    """What an EPUB reader needs to open the file."""
    with zipfile.ZipFile(path) as book:
        first = book.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert book.read("mimetype") == b"application/epub+zip"
        ns = {"c": "urn:oasis:names:tc:opendocument:xmlns:container",
              "opf": "http://www.idpf.org/2007/opf"}
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
    result = make(root, "epub")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "WARNING" not in result.stderr, result.stderr
    books = list((root / "build" / "epub").glob("*.epub"))
    assert [b.name for b in books] == ["module-of-the-week.epub"]
    check_epub(books[0])
    with zipfile.ZipFile(books[0]) as book:
        text = book.read("contextvars/index.xhtml").decode()
    assert "Transcripts on this page were generated with CPython" in text
