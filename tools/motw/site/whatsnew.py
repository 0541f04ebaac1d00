"""The what's-new pages: each release's changes, shown running.

``make cog`` writes ``docs/whatsnew/<release>.json`` and the page
``<release>.rst`` holding ``.. whats-new:: <release>``
(:mod:`motw.cogpass.whatsnew` says what is in them, and why they are
files); this module renders that page from the JSON, and publishes the
JSON beside it in the HTML site, so the page and the file say the same.

On the page: the counts, then a section per chapter where something
changed, each example with both transcripts side by side (stacked on a
narrow screen), the diff view of the version switcher, a link to the
example and the author's line about it; then the examples that need
the release; then the chapters where no difference was seen.

``.. whats-new-list::`` lists the pages with their counts (the landing
page, ``docs/whatsnew/index.rst``), and each chapter's compatibility
table ends with links to the chapter on every page.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Set
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Parser
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective, new_document

from ..cogpass.whatsnew import FOLDER
from .records import newest_first
from .switcher import TABBED_BUILDERS, diff_block, version_diff
from .transcripts import literal_text, page_transcripts

logger = logging.getLogger(__name__)

RELEASE = re.compile(r"3\.\d+")
QUOTE = "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"


class example_link(nodes.General, nodes.Element):
    """A link to transcript ``block`` of ``page``, made once every page is read."""


def chapter_id(chapter: str) -> str:
    return nodes.make_id(f"whatsnew-{chapter}")


def doc_link(target: str, *children: nodes.Node, docname: str) -> addnodes.pending_xref:
    """A link to the document *target* (from the root), resolved by Sphinx."""
    return addnodes.pending_xref(
        "",
        *children,
        refdomain="std",
        reftype="doc",
        reftarget=f"/{target}",
        refexplicit=True,
        refdoc=docname,
        refwarn=True,
    )


def count_text(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def counts_text(data: dict) -> str:
    """``36 examples print something new on Python 3.15; 7 examples need Python 3.15.``"""
    release = data["release"]
    changed = count_text(data["changed"], "example prints", "examples print")
    new = count_text(data["new"], "example needs", "examples need")
    return f"{changed} something new on Python {release}; {new} Python {release}."


def read_release(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "chapters" in data else None


class WhatsNew(SphinxDirective):
    """``.. whats-new:: 3.15``: the page of a release, from ``3.15.json`` beside it."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        release = self.arguments[0]
        path = Path(self.env.doc2path(self.env.docname)).parent / f"{release}.json"
        self.env.note_dependency(str(path))
        data = read_release(path)
        if data is None or data.get("release") != release:
            logger.warning(
                "%s is missing or unreadable: run 'make cog'",
                path.name,
                location=self.get_location(),
            )
            return []
        previous = data["previous"]
        found: list[nodes.Node] = []
        text = counts_text(data)
        found.append(nodes.paragraph(text, text, classes=["motw-whatsnew-counts"]))
        text = (
            f"Each example's output on Python {release} is compared with its output on "
            f"Python {previous}, as the site's build recorded them; differences that only "
            "the site's cleanups make (memory addresses, folders) are left out."
        )
        found.append(nodes.paragraph(text, text))
        name = f"{release}.json"
        found.append(  # the HTML site only: the file is published beside the page
            nodes.paragraph(
                "",
                "The same data, for programs: ",
                nodes.reference("", "", nodes.literal(name, name), refuri=name),
                nodes.Text("."),
                classes=["motw-whatsnew-json"],
            )
        )
        quiet = []
        for chapter in data["chapters"]:
            if chapter["changed"] or chapter["new"]:
                found.append(self.chapter(chapter, release, previous))
            else:
                quiet.append(chapter)
        if quiet:
            found.append(self.quiet(quiet, release, previous))
        return found

    def chapter(self, chapter: dict, release: str, previous: str) -> nodes.section:
        section = nodes.section("", ids=[chapter_id(chapter["name"])], classes=["motw-whatsnew"])
        section += nodes.title(chapter["title"], chapter["title"])
        intro = nodes.paragraph("", "", classes=["motw-whatsnew-chapter"])
        link = doc_link(
            f"{chapter['name']}/index", nodes.inline("", "the chapter"), docname=self.env.docname
        )
        if chapter["note"]:
            intro += [nodes.Text("From "), link, nodes.Text(f": {chapter['note']}")]
        else:
            intro += [nodes.Text("Go to "), link, nodes.Text(".")]
        section += intro
        if chapter["changed"]:
            title = f"Prints something new on {release}"
            part = nodes.section("", ids=[f"{chapter_id(chapter['name'])}-changed"])
            part += nodes.title(title, title)
            part += [self.example(e, release, previous) for e in chapter["changed"]]
            section += part
        if chapter["new"]:
            title = f"Needs Python {release}"
            part = nodes.section("", ids=[f"{chapter_id(chapter['name'])}-new"])
            part += nodes.title(title, title)
            part += [self.example(e, release, previous) for e in chapter["new"]]
            section += part
        return section

    def example(self, example: dict, release: str, previous: str) -> nodes.container:
        node = nodes.container("", classes=["motw-whatsnew-example"])
        heading = nodes.paragraph("", "", classes=["motw-whatsnew-example-title"])
        label = nodes.literal(example["label"], example["label"])
        heading += example_link("", label, page=example["page"], block=example["block"])
        where = example["page_title"]
        if example["section"] and example["section"] != where:
            where += f", {QUOTE[0]}{example['section']}{QUOTE[1]}"
        heading += nodes.Text(f" ({where})")
        node += heading
        if example["note"]:
            node += nodes.paragraph(
                example["note"], example["note"], classes=["motw-whatsnew-note"]
            )
        if "before" not in example:
            node += self.side(f"Python {release}", example["after"])
            return node
        sides = nodes.container("", classes=["motw-whatsnew-sides"])
        sides += self.side(f"Python {previous}", example["before"])
        sides += self.side(f"Python {release}", example["after"])
        node += sides
        before, after = sides.children[0], sides.children[1]
        node += diff_block(previous, release, literal_text([before]), literal_text([after]))
        return node

    def side(self, label: str, text: str) -> nodes.container:
        side = nodes.container("", classes=["motw-whatsnew-side"])
        side += nodes.paragraph(label, label, classes=["motw-version-label"])
        source, line = self.get_source_info()
        document = new_document(source, self.state.document.settings)
        Parser().parse(text, document)  # as the transcripts of a page are read
        for node in document.findall(nodes.Element):
            node.source, node.line = source, line
        side += document.children
        return side

    def quiet(self, chapters: list[dict], release: str, previous: str) -> nodes.section:
        title = "No difference seen"
        section = nodes.section("", ids=["whatsnew-no-difference"])
        section += nodes.title(title, title)
        text = (
            f"In these chapters every example prints the same on Python {release} "
            f"as on Python {previous}, and none needs Python {release}:"
        )
        section += nodes.paragraph(text, text)
        items = nodes.bullet_list(classes=["motw-whatsnew-quiet"])
        for chapter in chapters:
            paragraph = nodes.paragraph()
            paragraph += doc_link(
                f"{chapter['name']}/index",
                nodes.inline("", chapter["title"]),
                docname=self.env.docname,
            )
            paragraph += nodes.Text(f" ({count_text(chapter['examples'], 'example', 'examples')})")
            items += nodes.list_item("", paragraph, ids=[chapter_id(chapter["name"])])
        section += items
        return section


def releases(srcdir: Path) -> list[str]:
    """The releases with a page, newest first."""
    found = [p.stem for p in (srcdir / FOLDER).glob("3.*.json") if RELEASE.fullmatch(p.stem)]
    return newest_first(found)


class WhatsNewList(SphinxDirective):
    """``.. whats-new-list::``: a link to every release's page, with its counts."""

    def run(self) -> list[nodes.Node]:
        srcdir = Path(self.env.srcdir)
        items = nodes.bullet_list(classes=["motw-whatsnew-list"])
        for release in releases(srcdir):
            path = srcdir / FOLDER / f"{release}.json"
            self.env.note_dependency(str(path))
            data = read_release(path)
            if data is None:
                continue
            paragraph = nodes.paragraph()
            paragraph += doc_link(
                f"{FOLDER}/{release}", nodes.inline("", data["title"]), docname=self.env.docname
            )
            paragraph += nodes.Text(f": {counts_text(data)}")
            items += nodes.list_item("", paragraph)
        if not items.children:
            text = "No release to compare yet: the site is checked on one Python."
            return [nodes.paragraph(text, text)]
        return [items]


def resolve(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Link each example to its transcript; drop the diffs outside HTML."""
    found = page_transcripts(app.env)
    for node in list(doctree.findall(example_link)):
        page, block = node["page"], node["block"]
        transcripts = found[page].transcripts if page in found else []
        if 0 < block <= len(transcripts):
            anchor = transcripts[block - 1].anchor
            uri = app.builder.get_relative_uri(docname, page) + f"#{anchor}"
            node.replace_self(nodes.reference("", "", *node.children, internal=True, refuri=uri))
        else:
            node.replace_self(node.children)
    if app.builder.name not in TABBED_BUILDERS and docname.startswith(f"{FOLDER}/"):
        for diff in list(doctree.findall(version_diff)):
            diff.parent.remove(diff)
        for paragraph in list(doctree.findall(nodes.paragraph)):
            if "motw-whatsnew-json" in paragraph["classes"]:
                paragraph.parent.remove(paragraph)
    link_chapters(app, doctree, docname)


def link_chapters(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """End each chapter's compatibility table with the what's-new pages."""
    sections = [
        n for n in doctree.findall(nodes.container) if "motw-compatibility-section" in n["classes"]
    ]
    found = [r for r in releases(Path(app.env.srcdir)) if f"{FOLDER}/{r}" in app.env.found_docs]
    if not sections or not found:
        return
    chapter = docname.partition("/")[0]
    paragraph = nodes.paragraph(classes=["motw-whatsnew-links"])
    paragraph += nodes.Text("What changed for this chapter's examples, shown running: ")
    for number, release in enumerate(found):
        if number:
            paragraph += nodes.Text(", ")
        uri = app.builder.get_relative_uri(docname, f"{FOLDER}/{release}")
        text = f"Python {release}"
        paragraph += nodes.reference("", text, internal=True, refuri=f"{uri}#{chapter_id(chapter)}")
    paragraph += nodes.Text(".")
    for section in sections:
        section += paragraph.deepcopy()


def outdated(
    app: Sphinx, env: BuildEnvironment, added: Set[str], changed: Set[str], removed: Set[str]
) -> list[str]:
    """A page changed: the what's-new pages link to its transcripts again."""
    if not (set(added) | set(changed) | set(removed)):
        return []
    return [
        d
        for d in env.found_docs
        if d.startswith(f"{FOLDER}/") and RELEASE.fullmatch(d[len(FOLDER) + 1 :])
    ]


def publish(app: Sphinx, exception: Exception | None) -> None:
    """The JSON of every release beside its page in the HTML site."""
    if exception is not None or app.builder.name not in TABBED_BUILDERS:
        return
    target = Path(app.outdir) / FOLDER
    for release in releases(Path(app.srcdir)):
        if f"{FOLDER}/{release}" in app.env.found_docs:
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(
                Path(app.srcdir) / FOLDER / f"{release}.json", target / f"{release}.json"
            )


def setup(app: Sphinx) -> None:
    app.add_node(example_link)
    app.add_directive("whats-new", WhatsNew)
    app.add_directive("whats-new-list", WhatsNewList)
    app.connect("doctree-resolved", resolve, priority=600)  # after the compatibility tables
    app.connect("env-get-outdated", outdated)
    app.connect("build-finished", publish)
