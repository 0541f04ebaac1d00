"""The reader's site: a Sphinx extension, one module per feature.

- :mod:`.scripts`       included scripts: Python colours, a download link
- :mod:`.records`       what the cog pass recorded of a page (lock, sidecar)
- :mod:`.transcripts`   every transcript: an anchor, its marks or a switcher
- :mod:`.switcher`      the version switcher (HTML tabs; a note elsewhere)
- :mod:`.pagemarks`     "same on every Python" once a page; "New in 3.x" at headings
- :mod:`.compatibility` ``.. compatibility-table::`` of a chapter
- :mod:`.whatsnew`      the what's-new pages of each release, their list and JSON
- :mod:`.provenance`    each page's closing note and ``.. checked-pythons::``
- :mod:`.chapters`      ``.. chapter-list::`` on the landing page, by topic
- :mod:`.navigation`    the module in titles, a breadcrumb, previous/next
- :mod:`.examples`      index entries for the names each example uses
- :mod:`.notfound`      a ``404.html`` that works from any folder
- :mod:`.styles`        code colours with WCAG AA contrast
- :mod:`.references`    links to docs.python.org (an extension of its own)

It also adds its stylesheet and script (``static/``: the version tabs;
code blocks that scroll sideways become keyboard-focusable) and a
favicon (unless ``html_favicon`` names another).
``extensions = ["motw.site"]``.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

from .. import __version__
from . import (
    chapters,
    compatibility,
    examples,
    navigation,
    notfound,
    pagemarks,
    provenance,
    scripts,
    transcripts,
    whatsnew,
)

STATIC_DIR = Path(__file__).with_name("static")


def add_static_files(app: Sphinx, config: Config) -> None:
    config.html_static_path = [*config.html_static_path, str(STATIC_DIR)]
    if not config.html_favicon:
        config.html_favicon = str(STATIC_DIR / "favicon.svg")


def setup(app: Sphinx) -> dict:
    scripts.setup(app)
    transcripts.setup(app)
    pagemarks.setup(app)
    compatibility.setup(app)
    whatsnew.setup(app)
    provenance.setup(app)
    chapters.setup(app)
    navigation.setup(app)
    examples.setup(app)
    notfound.setup(app)
    app.connect("config-inited", add_static_files)
    app.add_css_file("motw.css")
    app.add_js_file("motw.js", loading_method="defer")
    return {
        "version": __version__,
        "env_version": 4,  # bump when what the extension stores in doctrees changes
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
