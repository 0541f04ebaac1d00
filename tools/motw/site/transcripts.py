"""Each generated transcript: an anchor, and how it fares on every Python.

In the doctree a cog block is a comment whose text starts with
``{{{cog``, its code (comments) up to the one holding ``}}}``, then the
generated nodes up to the ``{{{end}}}`` comment.  A block is a
transcript when the page's record in ``transcripts.lock`` has a block on
its first line (the blocks whose code ran commands, as the pass saw
them); the Nth recorded block is block N of ``<page>.versions.txt``.
A page with no record yet counts the blocks whose code names
``run_script``.

Every such block is wrapped in a container with an anchor
(``transcript-<label>``).  Where every Python printed the same, it gets
a quiet "same on 3.11–3.13" mark; where the output differs, fails or
needs a newer Python, it becomes a version switcher
(:mod:`.switcher`).  What each block is on each Python is kept in the
environment for the chapters' compatibility tables.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Set
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Parser
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import new_document

from ..cogpass import sidecar as sidecars
from ..project import COG_BEGIN, COG_END, LOCK_NAME, OUTPUT_END, cog_outputs
from . import records, switcher

logger = logging.getLogger(__name__)

SHOWN = "shown"  # the primary's state: its output is the page's
# What makes a transcript a switcher: another Python shows something else.
# (A Python the block needs a newer version than gets no tab: it has
# nothing to show; the marks and the table say "needs 3.14".)
SWITCHED = {sidecars.DIFFERS, sidecars.FAILS}


@dataclasses.dataclass
class CogBlock:
    """A cog block as the doctree holds it."""

    code: str
    output: list[nodes.Node]  # the generated nodes, siblings of the markers
    marker: nodes.comment  # its first comment

    @property
    def runs_scripts(self) -> bool:
        return "run_script" in self.code


def cog_blocks(doctree: nodes.Node) -> list[CogBlock]:
    """The cog blocks of a doctree, in page order."""
    found = []
    for marker in list(doctree.findall(nodes.comment)):
        text = marker.astext().strip()
        if not text.startswith(COG_BEGIN):
            continue
        code = [text[len(COG_BEGIN) :]]
        output: list[nodes.Node] = []
        in_code = COG_END not in code[0]
        for sibling in marker.findall(include_self=False, descend=False, siblings=True):
            if isinstance(sibling, nodes.comment):
                text = sibling.astext().strip()
                if in_code:
                    code.append(text)
                    in_code = COG_END not in text
                    continue
                if text.startswith(OUTPUT_END) or text.startswith(COG_BEGIN):
                    break
            if in_code:
                break  # not a cog block after all: cogapp would have refused the page
            output.append(sibling)
        found.append(CogBlock("\n".join(code), output, marker))
    return found


@dataclasses.dataclass(frozen=True)
class Transcript:
    """One transcript as the compatibility table shows it."""

    anchor: str
    label: str
    states: dict[str, str]  # version -> SHOWN or a sidecar kind (same, needs, ...)
    needs: str  # the first version the block runs on, "" when every one
    targets: dict[str, str]  # version -> the anchor that shows its output
    command: str = ""  # what the block runs, as the lock records it


@dataclasses.dataclass(frozen=True)
class PageTranscripts:
    pythons: dict[str, str]  # version -> interpreter, newest first
    transcripts: list[Transcript]


def page_transcripts(env: BuildEnvironment) -> dict[str, PageTranscripts]:
    if not hasattr(env, "motw_transcripts"):
        env.motw_transcripts = {}  # type: ignore[attr-defined]
    return env.motw_transcripts  # type: ignore[attr-defined]


class VersionedTranscripts(SphinxTransform):
    """Anchor every transcript; mark or switch it by what the other Pythons printed."""

    default_priority = 300  # before the highlight language is set (400)

    def apply(self, **kwargs) -> None:
        every = cog_blocks(self.document)
        if not every:
            return
        page = records.read_page(self.env, self.env.docname)
        blocks = [block for block in every if block.runs_scripts]
        if page is not None:
            recorded = self.recorded(page, every)
            blocks = recorded if recorded is not None else blocks
            page = page if recorded is not None else None
        if not blocks:
            return
        if page is None:
            labels = [f"block {number}" for number in range(1, len(blocks) + 1)]
            for block, label in zip(blocks, labels, strict=True):
                self.place(block, label, None, None)
            return
        if page.blocks is not None:
            labels = [versions.label for versions in page.blocks]
        else:  # one Python: no sidecar, the lock's commands
            labels = [
                ", ".join(dict.fromkeys(run.command for run in recorded.runs))
                for recorded in page.record.blocks
            ]
        transcripts = []
        for number, (block, label) in enumerate(zip(blocks, labels, strict=True)):
            versions = page.blocks[number] if page.blocks is not None else None
            found = self.place(block, label, page, versions)
            runs = page.record.blocks[number].runs
            command = command_text([run.command for run in runs])
            transcripts.append(dataclasses.replace(found, command=command))
        page_transcripts(self.env)[self.env.docname] = PageTranscripts(page.pythons, transcripts)

    def recorded(self, page: records.PageVersions, every: list[CogBlock]) -> list[CogBlock] | None:
        """The page's blocks that the lock records, matched on their first
        line; None (and a warning) if the page, the lock and the sidecar
        do not agree, which the next ``make cog`` mends."""
        at = self.first_lines(every)
        lines = [recorded.line for recorded in page.record.blocks]
        unmatched = [line for line in lines if line not in at]
        problem = ""
        if unmatched:
            problem = (
                f"{LOCK_NAME} records transcripts at line(s) "
                f"{', '.join(map(str, unmatched))}, where the page has no cog block"
            )
        elif page.blocks is not None and len(page.blocks) != len(lines):
            name, counted = page.sidecar.name, len(page.blocks)
            problem = f"{name} records {counted} transcript(s), {LOCK_NAME} {len(lines)}"
        if problem:
            logger.warning("%s: run 'make cog'", problem, location=self.env.docname)
            return None
        return [at[line] for line in lines]

    def first_lines(self, every: list[CogBlock]) -> dict[int, CogBlock]:
        """The page's own cog blocks by the line of their first marker, as
        the pass numbers them (docutils' line of a comment is not that)."""
        source = self.document["source"]
        own = [block for block in every if block.marker.source in (None, source)]
        try:
            text = Path(source).read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        except (OSError, UnicodeDecodeError):
            return {}
        lines = list(cog_outputs(text))
        return dict(zip(lines, own, strict=False)) if len(lines) == len(own) else {}

    def anchor(self, label: str) -> str:
        base = nodes.make_id(f"transcript-{label}")
        anchor, number = base, 1
        while anchor in self.document.ids:
            number += 1
            anchor = f"{base}-{number}"
        return anchor

    def place(
        self,
        block: CogBlock,
        label: str,
        page: records.PageVersions | None,
        versions: sidecars.BlockVersions | None,
    ) -> Transcript:
        """Put the block's output in its transcript node; say what it is on each Python."""
        anchor = self.anchor(label)
        parent = block.output[0].parent if block.output else block.marker.parent
        index = parent.index(block.output[0]) if block.output else parent.index(block.marker) + 1
        for generated in block.output:
            parent.remove(generated)
        node: nodes.Element
        if page is None:
            node = nodes.container("", *block.output, ids=[anchor], classes=["motw-transcript"])
            self.document.ids[anchor] = node
            parent.insert(index, node)
            return Transcript(anchor, label, {}, "", {})
        outputs = {}
        if versions is not None:
            outputs = {v: versions.outputs[v] for v in records.newest_first(versions.outputs)}
        summary = switcher.summary(page.primary, outputs)
        states = {page.primary: SHOWN, **{v: output.kind for v, output in outputs.items()}}
        badges = switcher.marks(summary)
        marks = nodes.paragraph("", "", *badges, classes=["motw-version-marks"])
        if set(states.values()) & SWITCHED:
            node = summary
            node += marks  # above the tabs
            targets = self.switcher(node, anchor, block, label, outputs)
        else:
            node = nodes.container("", *block.output, classes=["motw-transcript"])
            targets = dict.fromkeys(states, anchor)
            if badges:
                node += marks  # below the transcript
        node["ids"] = [anchor]
        self.document.ids[anchor] = node
        parent.insert(index, node)
        return Transcript(anchor, label, states, summary["needs"], targets)

    def switcher(
        self,
        node: switcher.transcript_versions,
        anchor: str,
        block: CogBlock,
        label: str,
        outputs: dict[str, sidecars.Output],
    ) -> dict[str, str]:
        """Fill *node* with one panel per Python, the primary first; the anchor of each."""
        primary = node["primary"]
        primary_text = literal_text(block.output)
        tabs, panels, targets = [], [], {}
        for version in [primary, *(v for v, o in outputs.items() if o.kind != sidecars.NEEDS)]:
            panel_id = nodes.make_id(f"{anchor}-{version}")
            tab_id = f"{panel_id}-tab"
            panel = switcher.version_panel("", ids=[panel_id], version=version, tab=tab_id)
            output = outputs.get(version)
            if output is None:  # the primary
                panel += switcher.label(f"Python {version}")
                panel += block.output
            elif output.kind == sidecars.SAME:
                panel += switcher.label(f"Python {version}: same as {primary}")
                panel += [without_ids(n) for n in block.output]
            elif output.kind == sidecars.MISSING:
                panel += switcher.label(f"Python {version}")
                text = f"not checked on Python {version}"
                panel += nodes.paragraph(text, text, classes=[f"motw-version-{output.kind}"])
            else:
                panel += switcher.label(f"Python {version}: {output.kind}")
                parsed = self.parse(output.text, block)
                panel += parsed
                panel += switcher.diff_block(primary, version, primary_text, literal_text(parsed))
            self.document.ids[panel_id] = panel
            tabs.append((version, tab_id, panel_id))
            targets[version] = panel_id
            panels.append(panel)
        node += switcher.version_tabs("", tabs=tabs, label=f"Output of {label} by Python version")
        node += panels
        return targets

    def parse(self, text: str, block: CogBlock) -> list[nodes.Node]:
        """A block's text on another Python, read as the page's text is."""
        document = new_document(self.document["source"], self.document.settings)
        Parser().parse(text, document)
        for node in document.findall():
            if isinstance(node, nodes.Element):
                node.source, node.line = block.marker.source, block.marker.line
        return list(document.children)


def command_text(commands: list[str]) -> str:
    """What a block runs, for a reader: ``argparse_basic.py -h`` (and how many more);
    ``python3`` is left out before a script, kept before an option (``python3 -m json.tool``)."""
    unique = [
        c.removeprefix("python3 ") if c.startswith("python3 ") and c[8:9] != "-" else c
        for c in dict.fromkeys(commands)
    ]
    if len(unique) <= 1:
        return "".join(unique)
    return f"{unique[0]} (and {len(unique) - 1} more)"


def literal_text(output: list[nodes.Node]) -> str:
    """The text of a transcript's literal blocks (what a reader compares)."""
    blocks = [n for node in output for n in node.findall(nodes.literal_block)]
    return (
        "\n".join(block.astext() for block in blocks)
        if blocks
        else "\n".join(node.astext() for node in output)
    )


def without_ids(node: nodes.Node) -> nodes.Node:
    """A copy of *node* whose elements have no ids (they stay with the original)."""
    twin = node.deepcopy()
    for element in twin.findall(nodes.Element):
        element["ids"] = []
        element["names"] = []
    return twin


def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    page_transcripts(env).pop(docname, None)


def merge(app: Sphinx, env: BuildEnvironment, docnames: Set[str], other: BuildEnvironment) -> None:
    mine = page_transcripts(env)
    for docname, found in page_transcripts(other).items():
        if docname in docnames:
            mine[docname] = found


def setup(app: Sphinx) -> None:
    switcher.setup(app)
    app.add_transform(VersionedTranscripts)
    app.connect("env-before-read-docs", records.forget_warnings)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
