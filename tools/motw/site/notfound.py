"""``404.html`` that works wherever the site is served from.

A static host answers a missing address, at any depth, with the site's
``404.html``; its relative links would then resolve against the missing
address.  The page (``docs/404.rst``, an orphan page of the site) gets,
first thing in its ``<head>``, a small script that writes a ``<base>``
element pointing at the site's root before anything is loaded.  The
root is the folder above the last part of the address that names one
of the site's own top-level folders or files (``sqlite3/``, ``_static/``,
``index.html``...); failing that, the path of ``html_baseurl`` when the
address is under it; failing that, the missing page's own folder.
(Chromium's preload scanner may first ask for a few of the page's files
under the missing address, before the ``<base>`` exists; those requests
fail harmlessly and the files are loaded from the root.)
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from docutils import nodes
from sphinx.application import Sphinx

PAGE = "404"
BUILT_FOLDERS = ("_static", "_downloads", "_sources", "_images", "genindex.html", "search.html")

SCRIPT = """<script>(function () {
  var known = %(known)s, configured = %(configured)s;
  var parts = location.pathname.split("/");
  parts.pop();
  var root = null;
  for (var i = parts.length - 1; i > 0 && root === null; i--) {
    if (known.indexOf(decodeURIComponent(parts[i])) >= 0) root = parts.slice(0, i).join("/") + "/";
  }
  if (root === null && configured && location.pathname.indexOf(configured) === 0) root = configured;
  if (root === null) root = parts.join("/") + "/";
  document.write('<base href="' + root.replace(/["<>]/g, encodeURIComponent) + '">');
})();</script>
"""


def top_level_names(app: Sphinx) -> list[str]:
    """What the site's root holds: its top folders and pages, and the built folders."""
    suffix = getattr(app.builder, "out_suffix", ".html")
    pages = {f"{d}{suffix}" for d in app.env.found_docs if "/" not in d}
    folders = {d.partition("/")[0] for d in app.env.found_docs if "/" in d}
    return sorted(folders | pages | set(BUILT_FOLDERS))


def base_script(app: Sphinx) -> str:
    configured = urlsplit(app.config.html_baseurl or "").path
    if configured and not configured.endswith("/"):
        configured += "/"
    return SCRIPT % {
        "known": json.dumps(top_level_names(app)),
        "configured": json.dumps(configured),
    }


def add_base(
    app: Sphinx, pagename: str, templatename: str, context: dict, doctree: nodes.Node | None
) -> None:
    if pagename == PAGE and app.builder.name == "html":
        context["metatags"] = base_script(app) + context.get("metatags", "")


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", add_base)
