"""Included scripts: Python highlighting, and a download link in the caption.

Transcripts are plain ``::`` blocks whose language is the site default
(``console``); example scripts come in through ``literalinclude`` and
get their language from their file name.  The caption of every included
file links to a download of the whole file (Sphinx copies it into
``_downloads/`` as for ``:download:``); builders that cannot offer
downloads (EPUB) keep the plain caption.
"""

from __future__ import annotations

import os
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform

LANGUAGES_BY_SUFFIX = {".py": "python"}
DOWNLOAD_CLASS = "motw-download"


class ScriptLanguage(SphinxTransform):
    """Give included scripts the language their file name says."""

    default_priority = 400

    def apply(self, **kwargs) -> None:
        for node in self.document.findall(nodes.literal_block):
            source = node.get("source", "")  # set by literalinclude only
            if "language" in node:
                continue
            for suffix, language in LANGUAGES_BY_SUFFIX.items():
                if source.endswith(suffix):
                    node["language"] = language


class ScriptDownload(SphinxTransform):
    """Put a download reference to the whole file beside a literalinclude caption.

    It is a plain ``download_reference``, so Sphinx's own collector
    registers the file and the HTML builder copies it.  It waits beside
    the caption (not in it, so that references to the block keep the
    caption's text as their title) until :class:`PlaceScriptDownload`.
    """

    default_priority = 410

    def apply(self, **kwargs) -> None:
        docname = self.env.docname
        folder = Path(self.env.doc2path(docname)).parent
        for block in list(self.document.findall(nodes.literal_block)):
            source = block.get("source")
            wrapper = block.parent
            if not source or not isinstance(wrapper, nodes.container):
                continue
            if not wrapper.get("literal_block") or not isinstance(wrapper[0], nodes.caption):
                continue
            name = os.path.basename(source)
            link = addnodes.download_reference(
                "",
                "",
                nodes.inline("", "Download"),
                nodes.inline("", f" {name}", classes=["motw-visually-hidden"]),
                reftarget=Path(os.path.relpath(source, folder)).as_posix(),
                refdoc=docname,
                refdomain="",
                reftype="download",
                refexplicit=True,
                classes=[DOWNLOAD_CLASS, "no-search"],  # not a word of the page
            )
            wrapper.insert(1, link)


class PlaceScriptDownload(SphinxPostTransform):
    """HTML: move the download link into the caption."""

    builders = ("html", "dirhtml", "singlehtml")
    default_priority = 10

    def run(self, **kwargs) -> None:
        for link in list(self.document.findall(addnodes.download_reference)):
            wrapper = link.parent
            if DOWNLOAD_CLASS in link["classes"] and isinstance(wrapper, nodes.container):
                wrapper.remove(link)
                caption = wrapper[0]
                if "filename" in link and isinstance(caption, nodes.Element):
                    caption += [nodes.Text(" "), link]  # the collector found the file


class DropScriptDownload(SphinxPostTransform):
    """Other builders (EPUB, text...): no download, the caption stays as written."""

    default_priority = 11

    def run(self, **kwargs) -> None:
        for link in list(self.document.findall(addnodes.download_reference)):
            if DOWNLOAD_CLASS in link["classes"] and isinstance(link.parent, nodes.container):
                link.parent.remove(link)


def setup(app: Sphinx) -> None:
    app.add_transform(ScriptLanguage)
    app.add_transform(ScriptDownload)
    app.add_post_transform(PlaceScriptDownload)
    app.add_post_transform(DropScriptDownload)
