"""``.. compatibility-table::``: every example of a chapter on every Python.

Placed in a chapter's ``index.rst``, it covers every page of the
chapter's folder (and below), in the order of its toctree.  The pages
show the primary Python's output; the table compares the other Pythons
with it, newest first, so it stays short when there are many Pythons:

- a sentence saying how many examples print the same on every Python;
- a last column, "browser", saying whether the example prints its
  transcript in a reader's browser (``same``), runs there but prints
  something else (``differs``) or cannot run there (``cannot run``),
  as the browser proof recorded it (``browser.lock``, see
  :mod:`motw.cogpass.browserproof`); without that record the column is
  left out;
- a table of the exceptions only (one row per transcript, labelled by
  the command it runs, grouped by page);
- the whole grid, one click away (a ``<details>``).

A cell says, in the words and colours of the transcripts' badges, whether
that Python prints the same, differs, fails, needs a newer Python
("needs 3.14") or was not checked, and links to the transcript (to that
Python's tab where it has one).  On a narrow screen each row wraps, every
cell naming its Python (``motw.css``).  A page of the folder that changes
makes the page with the table be read again.
"""

from __future__ import annotations

from collections.abc import Set
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective
from sphinx.writers.html5 import HTML5Translator

from ..cogpass import sidecar as sidecars
from ..cogpass.browserproof import CANNOT, LOCK, read_lock
from ..errors import LockFileError
from .records import newest_first, span_text
from .transcripts import PageTranscripts, Transcript, page_transcripts

CELLS = {
    sidecars.SAME: "same",
    sidecars.DIFFERS: "differs",
    sidecars.FAILS: "fails",
    sidecars.MISSING: "not checked",
}
NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


class compatibility_table(nodes.General, nodes.Element):
    """Stands for the table until every page has been read; ``folder`` is its scope."""


class disclosure(nodes.General, nodes.Element):
    """A ``<details>`` element whose ``<summary>`` is the ``summary`` attribute."""


def visit_disclosure(self: HTML5Translator, node: disclosure) -> None:
    """A ``<details>`` in HTML; in an e-book (which may not open one) shown open."""
    if self.builder.name == "epub":
        self.body.append(self.starttag(node, "div"))
        self.body.append(f'<p class="rubric">{self.encode(node["summary"])}</p>\n')
        return
    self.body.append(self.starttag(node, "details"))
    self.body.append(f"<summary>{self.encode(node['summary'])}</summary>\n")


def depart_disclosure(self: HTML5Translator, node: disclosure) -> None:
    self.body.append("</div>\n" if self.builder.name == "epub" else "</details>\n")


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
        lock = Path(self.env.doc2path(self.env.docname)).parent / LOCK
        if lock.is_file():
            self.env.note_dependency(str(lock))
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


def state_of(transcript: Transcript, version: str) -> str:
    return transcript.states.get(version, sidecars.MISSING)


def cell_text(transcript: Transcript, version: str) -> str:
    """``same``, ``differs``, ``fails``, ``needs 3.14``, ``not checked``."""
    state = state_of(transcript, version)
    if state == sidecars.NEEDS:
        return f"needs {transcript.needs}"
    return CELLS.get(state, state)


def is_exception(transcript: Transcript, others: list[str]) -> bool:
    """Whether some other Python prints something else (or was not checked)."""
    return any(state_of(transcript, version) != sidecars.SAME for version in others)


def summary_text(primary: str, versions: list[str], total: int, exceptions: int) -> str:
    count = len(versions)
    span = span_text(versions, versions)
    every = f"all {NUMBERS.get(count, count)} Pythons ({span})"
    shown = f"The pages show the output of Python {primary}."
    if count == 1:
        return f"{shown} No other Python was checked."
    if not exceptions:
        if total == 1:
            return f"The example of this chapter prints the same on {every}. {shown}"
        return f"All {total} examples of this chapter print the same on {every}. {shown}"
    which = f"{exceptions} of {total} examples print something else"
    if exceptions == 1:
        which = f"1 of {total} examples prints something else"
    return f"{which} on another Python; every other example prints the same on {every}. {shown}"


class TableWriter:
    """Builds the tables of one page (*docname*) from the chapter's transcripts."""

    def __init__(
        self, app: Sphinx, docname: str, others: list[str], browser: dict[int, str] | None = None
    ):
        self.app = app
        self.docname = docname
        self.others = others
        self.browser = browser or {}  # id of a transcript -> its browser label

    def link(self, page: str, anchor: str, *children: nodes.Node) -> nodes.reference:
        if page == self.docname:
            return nodes.reference("", "", *children, internal=True, refid=anchor)
        uri = self.app.builder.get_relative_uri(self.docname, page)
        return nodes.reference(
            "", "", *children, internal=True, refuri=uri + (f"#{anchor}" if anchor else "")
        )

    def page_row(self, page: str) -> nodes.row:
        env = self.app.env
        title = env.titles[page].astext() if page in env.titles else page
        text = nodes.Text(title)
        name = nodes.paragraph("", "", text if page == self.docname else self.link(page, "", text))
        cell = nodes.entry("", name, classes=["motw-page"], morecols=len(self.others))
        return nodes.row("", cell, classes=["motw-page-row"])

    def example_row(self, page: str, transcript: Transcript) -> nodes.row:
        label = transcript.command or transcript.label
        row = nodes.row()
        row += nodes.entry(
            "",
            nodes.paragraph(
                "", "", self.link(page, transcript.anchor, nodes.literal(label, label))
            ),
            classes=["motw-example"],
        )
        for version in self.others:
            state = state_of(transcript, version)
            text = cell_text(transcript, version)
            target = transcript.targets.get(version, transcript.anchor)
            python = nodes.inline(version, version, classes=["motw-cell-python"])
            row += nodes.entry(
                "",
                nodes.paragraph("", "", python, self.link(page, target, nodes.Text(text))),
                classes=[f"motw-state-{state.replace(' ', '-')}"],
            )
        if self.browser:
            label = self.browser.get(id(transcript), "not checked")
            state = {CANNOT: "fails", "not checked": "not-checked"}.get(label, label)
            python = nodes.inline("browser", "browser", classes=["motw-cell-python"])
            row += nodes.entry(
                "",
                nodes.paragraph("", "", python, nodes.Text(label)),
                classes=[f"motw-state-{state}"],
            )
        return row

    def table(self, rows: list[tuple[str, Transcript]], title: str, table_id: str) -> nodes.Node:
        headers = ["Example", *(f"Python {v}" for v in self.others)]
        if self.browser:
            headers.append("Browser")
        group = nodes.tgroup(cols=len(headers))
        group += [nodes.colspec(colwidth=3 if n == 0 else 1) for n in range(len(headers))]
        head = nodes.row()
        head += [nodes.entry("", nodes.paragraph(h, h)) for h in headers]
        group += nodes.thead("", head)
        body = nodes.tbody()
        current = None
        for page, transcript in rows:
            if page != current:
                body += self.page_row(page)
                current = page
            body += self.example_row(page, transcript)
        group += body
        table = nodes.table(
            "", nodes.title(title, title), group, ids=[table_id], classes=["motw-compatibility"]
        )
        # Furo's scrolling wrapper (its transform ran before this table existed).
        return nodes.container("", table, classes=["table-wrapper", "motw-table-scroll"])


def build_table(
    app: Sphinx, docname: str, pages: dict[str, PageTranscripts], anchor: str
) -> nodes.Element:
    versions = newest_first(
        {v for page in pages.values() for v in page.pythons}
        | {v for page in pages.values() for t in page.transcripts for v in t.states}
    )
    section = nodes.container("", ids=[anchor], classes=["motw-compatibility-section"])
    if not versions:
        text = "No page of this chapter has transcripts yet."
        section += nodes.paragraph(text, text, classes=["motw-compatibility-summary"])
        return section
    primary, others = versions[0], versions[1:]
    rows = [(page, t) for page, found in pages.items() for t in found.transcripts]
    exceptions = [(page, t) for page, t in rows if is_exception(t, others)]
    text = summary_text(primary, versions, len(rows), len(exceptions))
    section += nodes.paragraph(text, text, classes=["motw-compatibility-summary"])
    if not others:
        return section
    writer = TableWriter(app, docname, others, browser_labels(app, pages))
    compared = f"compared with Python {primary}, whose output the pages show"
    if exceptions:
        title = f"Examples that print something else, {compared}"
        section += writer.table(exceptions, title, f"{anchor}-exceptions")
    everything = disclosure(
        "",
        summary=f"Every example on every Python ({len(rows)})",
        classes=["motw-compatibility-all"],
    )
    everything += writer.table(rows, f"Every example, {compared}", f"{anchor}-all")
    section += everything
    return section


def browser_labels(app: Sphinx, pages: dict[str, PageTranscripts]) -> dict[int, str]:
    """Each transcript's label from the browser proof, where one was recorded
    (the proof labels the runs of a block alike; transcripts are in block order)."""
    labels: dict[int, str] = {}
    for page, found in pages.items():
        path = Path(app.env.doc2path(page))
        try:
            _, proofs = read_lock(path.parent)
        except LockFileError:
            continue  # the Run buttons' module warns about it
        proof = proofs.get(path.name)
        if proof is None:
            continue
        by_block = {example.line: example.label for example in proof.examples}
        blocks = [by_block[line] for line in sorted(by_block)]
        if len(blocks) == len(found.transcripts):
            labels |= {id(t): label for t, label in zip(found.transcripts, blocks, strict=True)}
    return labels


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
        for element in table.findall(nodes.Element):
            for found_id in element["ids"]:
                doctree.ids[found_id] = element
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
    app.add_node(disclosure, html=(visit_disclosure, depart_disclosure))
    app.add_directive("compatibility-table", CompatibilityTable)
    app.connect("doctree-resolved", fill_tables)
    app.connect("env-get-outdated", outdated)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
