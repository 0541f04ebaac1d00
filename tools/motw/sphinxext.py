"""Sphinx glue: example scripts are Python, whatever the default language.

Transcripts are plain ``::`` blocks whose language is the site default
(``console``); example scripts come in through ``literalinclude`` and
get their language from their file name.

For the reader, the extension also

- links the caption of every included file to a download of the whole
  file (Sphinx copies it into ``_downloads/`` as for ``:download:``);
  builders that cannot offer downloads (EPUB) keep the plain caption;
- ends every page with generated transcripts with a note naming the
  Python that produced them, read from the chapter's ``transcripts.lock``
  (written by ``make cog``), which becomes a dependency of the page;
- provides ``.. chapter-list::``, the chapters of the page's toctree,
  each with the one-line ``:synopsis:`` of the module it documents;
- adds its stylesheet and script (``static/``: code blocks that scroll
  sideways become keyboard-focusable) and a favicon (unless
  ``html_favicon`` names another).
"""

from __future__ import annotations

import os
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective

from . import __version__
from .lockfile import LOCK_NAME, LockFile

LANGUAGES_BY_SUFFIX = {".py": "python"}
STATIC_DIR = Path(__file__).with_name("static")
DOWNLOAD_CLASS = "motw-download"
IMPLEMENTATIONS = {"cpython": "CPython", "pypy": "PyPy", "graalpy": "GraalPy"}


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


# -- Download links on the captions of included files -----------------------


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
                if "filename" in link:  # the collector found the file
                    wrapper[0] += [nodes.Text(" "), link]


class DropScriptDownload(SphinxPostTransform):
    """Other builders (EPUB, text...): no download, the caption stays as written."""

    default_priority = 11

    def run(self, **kwargs) -> None:
        for link in list(self.document.findall(addnodes.download_reference)):
            if DOWNLOAD_CLASS in link["classes"] and isinstance(link.parent, nodes.container):
                link.parent.remove(link)


# -- Which Python produced the transcripts ---------------------------------


def interpreters_of(records: object) -> list[str]:
    """The interpreters named in a page's lock records, in order, once each.

    Every ``"interpreter"`` entry counts, however deep (runs record it in
    their ``inputs``), so the note survives changes to the records' layout.
    """
    found: dict[str, None] = {}

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "interpreter" and isinstance(item, str):
                    found[item] = None
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(records)
    return list(found)


def describe_interpreter(recorded: str) -> str:
    """``cpython 3.11.7`` -> ``CPython 3.11.7``."""
    implementation, _, version = recorded.partition(" ")
    name = IMPLEMENTATIONS.get(implementation, implementation.capitalize())
    return f"{name} {version}".strip()


class TranscriptProvenance(SphinxTransform):
    """End a page that has generated transcripts with the Python that made them."""

    default_priority = 880

    def apply(self, **kwargs) -> None:
        source = Path(self.env.doc2path(self.env.docname))
        lock_path = source.parent / LOCK_NAME
        if not lock_path.is_file():
            return
        self.env.note_dependency(lock_path)
        interpreters = interpreters_of(LockFile(source.parent).page(source.name) or [])
        if not interpreters:
            return
        names = " and ".join(describe_interpreter(i) for i in interpreters)
        note = nodes.paragraph(
            "",
            f"Transcripts on this page were generated with {names}.",
            classes=["motw-provenance"],
        )
        sections = [child for child in self.document if isinstance(child, nodes.section)]
        (sections[-1] if sections else self.document).append(note)


# -- The chapter list of the landing page ----------------------------------


class chapter_list(nodes.General, nodes.Element):
    """Stands for the chapter list until every page has been read."""


class ChapterList(SphinxDirective):
    """``.. chapter-list::``: the entries of the toctrees of its section, with summaries."""

    def run(self) -> list[nodes.Node]:
        return [chapter_list()]


def note_chapters(app: Sphinx, doctree: nodes.document) -> None:
    """While the toctrees are still there: the chapters are those of the list's section.

    A change to a chapter rewrites this page anyway: it is the chapter's toctree parent.
    """
    for placeholder in doctree.findall(chapter_list):
        placeholder["chapters"] = [
            docname
            for toctree in placeholder.parent.findall(addnodes.toctree)
            for _title, docname in toctree["entries"]
        ]


def module_summaries(env: BuildEnvironment) -> dict[str, str]:
    """Page name -> the synopsis of the first module documented there."""
    summaries: dict[str, str] = {}
    for entry in env.get_domain("py").modules.values():
        if entry.synopsis:
            summaries.setdefault(entry.docname, entry.synopsis)
    return summaries


def fill_chapter_lists(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    env = app.env
    summaries = module_summaries(env)
    for placeholder in list(doctree.findall(chapter_list)):
        items = nodes.bullet_list(classes=["motw-chapters"])
        for chapter in placeholder["chapters"]:
            if chapter not in env.titles:
                continue  # Sphinx already warned about the missing page
            link = nodes.reference(
                "",
                env.titles[chapter].astext(),
                internal=True,
                refuri=app.builder.get_relative_uri(docname, chapter),
            )
            item = nodes.list_item("", nodes.paragraph("", "", link, classes=["motw-chapter"]))
            if chapter in summaries:
                item += nodes.paragraph("", summaries[chapter], classes=["motw-chapter-summary"])
            items += item
        placeholder.replace_self(items)


# -- Setup -----------------------------------------------------------------


def add_static_files(app: Sphinx, config: Config) -> None:
    config.html_static_path = [*config.html_static_path, str(STATIC_DIR)]
    if not config.html_favicon:
        config.html_favicon = str(STATIC_DIR / "favicon.svg")


def setup(app: Sphinx) -> dict:
    app.add_transform(ScriptLanguage)
    app.add_transform(ScriptDownload)
    app.add_transform(TranscriptProvenance)
    app.add_post_transform(PlaceScriptDownload)
    app.add_post_transform(DropScriptDownload)
    app.add_node(chapter_list)
    app.add_directive("chapter-list", ChapterList)
    app.connect("doctree-read", note_chapters)
    app.connect("doctree-resolved", fill_chapter_lists)
    app.connect("config-inited", add_static_files)
    app.add_css_file("motw.css")
    app.add_js_file("motw.js", loading_method="defer")
    return {
        "version": __version__,
        "env_version": 1,  # bump when what the extension stores in doctrees changes
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
