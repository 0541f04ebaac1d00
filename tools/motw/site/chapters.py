"""``.. chapter-list::``: the chapters of the landing page, by topic, with summaries.

The list shows the entries of the toctrees of its section, each with the
one-line ``:synopsis:`` of the module the chapter documents, grouped by
topic.  A chapter names its topic in the file-wide metadata of its
``index.rst`` (a ``:topic: Concurrency`` line above its title); the
topics, in the order the landing page shows them, are the one list
``motw_topics`` of ``conf.py``.  A topic not in that list is a warning
naming the chapter (an error with ``-W``); a chapter with no topic is
listed under "Other", last.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.domains.python import PythonDomain
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

OTHER = "Other"  # the group of chapters that name no topic
TOPIC_FIELD = "topic"


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


def chapter_topic(env: BuildEnvironment, chapter: str, topics: list[str]) -> str:
    """The topic a chapter declares (a warning if it is not one of *topics*)."""
    topic = str(env.metadata.get(chapter, {}).get(TOPIC_FIELD, "")).strip()
    if not topic:
        return OTHER
    if topic not in topics:
        logger.warning(
            "unknown topic %r: a chapter's ':topic:' is one of motw_topics in conf.py (%s)",
            topic,
            ", ".join(topics),
            location=chapter,
        )
        return OTHER
    return topic


def by_topic(env: BuildEnvironment, chapters: list[str], topics: list[str]) -> dict[str, list[str]]:
    """Topic -> its chapters, in the order of *topics*, "Other" last; empty topics left out."""
    groups: dict[str, list[str]] = {topic: [] for topic in [*topics, OTHER]}
    for chapter in chapters:
        if chapter in env.titles:  # else Sphinx already warned about the missing page
            groups[chapter_topic(env, chapter, topics)].append(chapter)
    return {topic: found for topic, found in groups.items() if found}


def chapter_items(app: Sphinx, docname: str, chapters: list[str]) -> nodes.bullet_list:
    env = app.env
    summaries = module_summaries(env)
    items = nodes.bullet_list(classes=["motw-chapters"])
    for chapter in chapters:
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
    return items


def fill_chapter_lists(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    topics = list(app.config.motw_topics)
    for placeholder in list(doctree.findall(chapter_list)):
        groups = by_topic(app.env, placeholder["chapters"], topics)
        found: list[nodes.Node] = []
        for topic, chapters in groups.items():
            section = nodes.section(
                "", ids=[nodes.make_id(f"topic-{topic}")], classes=["motw-topic"]
            )
            section += nodes.title(topic, topic)
            section += chapter_items(app, docname, chapters)
            found.append(section)
        placeholder.replace_self(found)


def setup(app: Sphinx) -> None:
    app.add_node(chapter_list)
    app.add_directive("chapter-list", ChapterList)
    app.add_config_value("motw_topics", [], "env", types=[list, tuple])
    app.connect("doctree-read", note_chapters)
    app.connect("doctree-resolved", fill_chapter_lists)
