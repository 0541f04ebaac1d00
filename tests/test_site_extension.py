"""motw.sphinxext's features for readers, and `make epub`.

A tiny project built in-process shows the download links on captions,
the note naming the Python of the transcripts (and that a new lock file
rebuilds the page), the chapter list, and what EPUB leaves out.  The
last test runs the real `make epub` on a copy of the project.
"""

from __future__ import annotations

import io
import os
import re
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace

from chapter_site import make, make_site
from motw.lockfile import LockFile

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

.. literalinclude:: ../../examples/demo.py
   :caption: demo.py
   :name: demo-script
   :start-after: #end_pymotw_header

See :ref:`demo-script`.

::

\t$ python3 demo.py
\t
\thello
"""


def record(interpreter: str) -> list[dict]:
    return [{"output": "0", "runs": [{"command": "python3 demo.py",
                                      "inputs": {"interpreter": interpreter}}]}]


def write_lock(folder: Path, interpreter: str) -> None:
    lock = LockFile(folder)
    lock.set_page("index.rst", "0", record(interpreter))
    lock.save()
    later = time.time() + 2  # surely newer than the last build's reading
    os.utime(lock.path, (later, later))


@pytest.fixture
def project(tmp_path) -> Path:
    (tmp_path / "conf.py").write_text(
        'extensions = ["motw.sphinxext"]\nhighlight_language = "console"\n'
        'exclude_patterns = ["**/transcripts.lock"]\n'
    )
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "demo.py").write_text(SCRIPT)
    docs = tmp_path / "docs"
    (docs / "demo").mkdir(parents=True)
    (docs / "index.rst").write_text(INDEX)
    (docs / "about.rst").write_text("About\n=====\n\nNo transcripts here.\n")
    (docs / "demo" / "index.rst").write_text(CHAPTER.format(synopsis="Shows the site."))
    write_lock(docs / "demo", "cpython 3.12.1")
    return tmp_path


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
    note = '<p class="motw-provenance">Transcripts on this page were generated with {}.</p>'
    assert note.format("CPython 3.12.1") in (out / "demo" / "index.html").read_text()
    assert "motw-provenance" not in (out / "about.html").read_text()

    write_lock(project / "docs" / "demo", "pypy 3.10.14")  # `make cog` on another Python
    out, _ = build(project)
    assert note.format("PyPy 3.10.14") in (out / "demo" / "index.html").read_text()


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
    assert "Transcripts on this page were generated with CPython 3.12.1." in page
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
