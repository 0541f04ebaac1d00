"""``.. compatibility-table::``: every example of a chapter on every Python.

Placed in a chapter's ``index.rst``, the table covers every page of the
chapter's folder (and below), in the order of its toctree: one row per
transcript (its script or command), one column per Python, newest
first.  A cell says whether that Python's output is the one shown, the
same, different, failing, not available yet ("new in 3.12") or not
checked, and links to the transcript (to that Python's tab where the
transcript has a switcher).  A page of the folder that changes makes
the page with the table be read again.
"""

from __future__ import annotations

from collections.abc import Set

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from ..cogpass import sidecar as sidecars
from .records import newest_first
from .transcripts import SHOWN, PageTranscripts, Transcript, page_transcripts

CELLS = {
    SHOWN: "shown",
    sidecars.SAME: "same",
    sidecars.DIFFERS: "differs",
    sidecars.FAILS: "fails",
    sidecars.MISSING: "not checked",
}


class compatibility_table(nodes.General, nodes.Element):
    """Stands for the table until every page has been read; ``folder`` is its scope."""


def tables(env: BuildEnvironment) -> dict[str, str]:
    """Pages holding a table -> the folder it covers."""
    if not hasattr(env, "motw_compatibility_tables"):
        env.motw_compatibility_tables = {}  # type: ignore[attr-defined]
    return env.motw_compatibility_tables  # type: ignore[attr-defined]


def in_folder(docname: str, folder: str) -> bool:
    return not folder or docname.startswith(folder + "/")


class CompatibilityTable(SphinxDirective):
    """``.. compatibility-table::``: the examples of this page's folder x the Pythons."""

    def run(self) -> list[nodes.Node]:
        folder = self.env.docname.rpartition("/")[0]
        tables(self.env)[self.env.docname] = folder
        node = compatibility_table(folder=folder)
        self.set_source_info(node)
        return [node]


def chapter_pages(env: BuildEnvironment, docname: str, folder: str) -> list[str]:
    """The pages of *folder*: *docname*, its toctree's pages in order, then the rest."""
    order = [docname]
    pending = list(env.toctree_includes.get(docname, ()))
    while pending:
        page = pending.pop(0)
        if page not in order and in_folder(page, folder):
            order.append(page)
            pending[:0] = env.toctree_includes.get(page, ())
    order += sorted(d for d in env.found_docs if in_folder(d, folder) and d not in order)
    return order


def cell_text(transcript: Transcript, version: str) -> str:
    state = transcript.states.get(version, sidecars.MISSING)
    if state == sidecars.NEEDS:
        return f"new in {transcript.needs}"
    return CELLS.get(state, state)


def entry(*children: nodes.Node, classes: tuple[str, ...] = (), rows: int = 1) -> nodes.entry:
    """A table cell (spanning *rows* rows)."""
    cell = nodes.entry("", *children, classes=list(classes))
    if rows > 1:
        cell["morerows"] = rows - 1
    return cell


def build_table(
    app: Sphinx, docname: str, pages: dict[str, PageTranscripts], anchor: str
) -> nodes.Element:
    env = app.env
    versions = newest_first(
        {v for page in pages.values() for v in page.pythons}
        | {v for page in pages.values() for t in page.transcripts for v in t.states}
    )
    if not versions:
        text = "No page of this chapter has transcripts yet."
        return nodes.paragraph(text, text, classes=["motw-compatibility"])

    def link(page: str, anchor: str, text: str) -> nodes.Node:
        if page == docname:
            reference = nodes.reference("", text, internal=True, refid=anchor)
        else:
            uri = app.builder.get_relative_uri(docname, page) + (f"#{anchor}" if anchor else "")
            reference = nodes.reference("", text, internal=True, refuri=uri)
        return nodes.paragraph("", "", reference)

    headers = ["Page", "Example", *versions]
    group = nodes.tgroup(cols=len(headers))
    group += [nodes.colspec(colwidth=1) for _ in headers]
    head = nodes.row()
    head += [entry(nodes.paragraph(h, h)) for h in headers]
    group += nodes.thead("", head)
    body = nodes.tbody()
    for page, found in pages.items():
        for number, transcript in enumerate(found.transcripts):
            row = nodes.row()
            if number == 0:
                title = env.titles[page].astext() if page in env.titles else page
                name = nodes.paragraph(title, title) if page == docname else link(page, "", title)
                row += entry(name, rows=len(found.transcripts))
            row += entry(link(page, transcript.anchor, transcript.label), classes=("motw-example",))
            for version in versions:
                state = transcript.states.get(version, sidecars.MISSING)
                target = transcript.targets.get(version, transcript.anchor)
                row += entry(
                    link(page, target, cell_text(transcript, version)),
                    classes=(f"motw-state-{state.replace(' ', '-')}",),
                )
            body += row
    group += body
    primary = versions[0]
    title = f"The examples on each Python (the pages show {primary}'s output)"
    return nodes.table(
        "", nodes.title(title, title), group, ids=[anchor], classes=["motw-compatibility"]
    )


def fill_tables(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    found = page_transcripts(app.env)
    for placeholder in list(doctree.findall(compatibility_table)):
        folder = placeholder["folder"]
        pages = {
            page: found[page]
            for page in chapter_pages(app.env, docname, folder)
            if page in found and found[page].transcripts
        }
        anchor, number = "compatibility", 1
        while anchor in doctree.ids:
            number += 1
            anchor = f"compatibility-{number}"
        table = build_table(app, docname, pages, anchor)
        doctree.ids[anchor] = table
        placeholder.replace_self(table)


def outdated(
    app: Sphinx, env: BuildEnvironment, added: Set[str], changed: Set[str], removed: Set[str]
) -> list[str]:
    """A page of a table's folder changed: the table's page is read again."""
    touched = set(added) | set(changed) | set(removed)
    return [
        docname
        for docname, folder in tables(env).items()
        if any(in_folder(page, folder) for page in touched - {docname})
    ]


def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    tables(env).pop(docname, None)


def merge(app: Sphinx, env: BuildEnvironment, docnames: Set[str], other: BuildEnvironment) -> None:
    for docname, folder in tables(other).items():
        if docname in docnames:
            tables(env)[docname] = folder


def setup(app: Sphinx) -> None:
    app.add_node(compatibility_table)
    app.add_directive("compatibility-table", CompatibilityTable)
    app.connect("doctree-resolved", fill_tables)
    app.connect("env-get-outdated", outdated)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
