"""``.. chapter-list::``: the chapters of the landing page, with summaries.

The list shows the entries of the toctrees of its section, each with the
one-line ``:synopsis:`` of the module the chapter documents.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.domains.python import PythonDomain
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective


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
    domain: PythonDomain = env.get_domain("py")  # type: ignore[assignment]
    for entry in domain.modules.values():
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


def setup(app: Sphinx) -> None:
    app.add_node(chapter_list)
    app.add_directive("chapter-list", ChapterList)
    app.connect("doctree-read", note_chapters)
    app.connect("doctree-resolved", fill_chapter_lists)
