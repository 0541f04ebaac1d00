"""The version switcher of a transcript whose output depends on the Python.

In the doctree a switcher is a :class:`transcript_versions` holding its
marks (a paragraph of badges), a :class:`version_tabs` and one
:class:`version_panel` per Python, the primary first.  The HTML is
written to work without JavaScript: the tab list starts ``hidden`` and
every panel is shown, in order, under its own label; ``motw.js`` then
turns it into WAI-ARIA tabs.  Other builders (EPUB, text...) get the
primary's panel and a sentence naming the Pythons whose output differs.
"""

from __future__ import annotations

import difflib
from html import escape

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator

from ..cogpass import sidecar as sidecars
from .records import span_text

TABBED_BUILDERS = ("html", "dirhtml", "singlehtml")


class transcript_versions(nodes.General, nodes.Element):
    """A transcript with one panel per Python.

    Attributes: ``primary``, and per state the versions in it
    (``same``, ``differs``, ``fails``, ``missing``), ``needs`` (the first
    version the block runs on, or "").
    """


class version_tabs(nodes.General, nodes.Element):
    """The tab list: ``tabs`` is a list of ``(version, tab id, panel id)``."""


class version_panel(nodes.General, nodes.Element):
    """One Python's transcript: ``version``, ``tab`` (the id of its tab)."""


class version_diff(nodes.General, nodes.Element):
    """What changed from the primary's transcript; ``summary`` is its title."""


# -- building -------------------------------------------------------------


def diff_block(primary: str, version: str, old: str, new: str) -> version_diff:
    """A unified diff of two transcripts, highlighted as a diff."""
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), f"Python {primary}", f"Python {version}", lineterm=""
    )
    text = "\n".join(lines)
    block = nodes.literal_block(text, text, language="diff")
    return version_diff("", block, summary=f"What changed from {primary}")


def summary(primary: str, outputs: dict[str, sidecars.Output]) -> transcript_versions:
    """A transcript's Pythons by state (*outputs*: the others', newest first)."""

    def having(kind: str) -> list[str]:
        return [version for version, output in outputs.items() if output.kind == kind]

    needs = [output.needs for output in outputs.values() if output.kind == sidecars.NEEDS]
    return transcript_versions(
        "",
        primary=primary,
        same=[primary, *having(sidecars.SAME)],
        differs=having(sidecars.DIFFERS),
        fails=having(sidecars.FAILS),
        missing=having(sidecars.MISSING),
        needs=needs[0] if needs else "",
        classes=["motw-transcript"],
    )


def versions_named(node: transcript_versions, kind: str) -> str:
    """The versions of a state, as ranges of the block's Pythons: ``3.11–3.14``
    (five Pythons make long lists otherwise)."""
    ran = [*node["same"], *node["differs"], *node["fails"], *node["missing"]]
    return span_text(node[kind], ran)


def marks(node: transcript_versions) -> list[nodes.inline]:
    """The badges of a transcript: what is new, differs, fails, was not checked.

    "Same on every Python" is said once, for the whole page (:mod:`.pagemarks`).
    """
    found = []
    if node["needs"]:
        found.append(badge(f"New in Python {node['needs']}", "new"))
    if node["differs"]:
        found.append(badge(f"differs on {versions_named(node, 'differs')}", "differs"))
    if node["fails"]:
        found.append(badge(f"fails on {versions_named(node, 'fails')}", "fails"))
    if node["missing"]:
        found.append(badge(f"not checked on {versions_named(node, 'missing')}", "missing"))
    return found


def badge(text: str, kind: str) -> nodes.inline:
    return nodes.inline(text, text, classes=["motw-badge", f"motw-badge-{kind}"])


def label(text: str) -> nodes.paragraph:
    return nodes.paragraph(text, text, classes=["motw-version-label"])


# -- HTML -----------------------------------------------------------------


def visit_versions(self: HTML5Translator, node: transcript_versions) -> None:
    self.body.append(self.starttag(node, "div", CLASS="motw-versions"))


def depart_versions(self: HTML5Translator, node: transcript_versions) -> None:
    self.body.append("</div>\n")


def visit_tabs(self: HTML5Translator, node: version_tabs) -> None:
    """The tabs, hidden until motw.js shows them (without it every panel shows)."""
    parts = [
        f'<div class="motw-version-tabs" role="tablist" aria-label="{escape(node["label"])}"'
        " hidden>"
    ]
    for index, (version, tab, panel) in enumerate(node["tabs"]):
        selected = index == 0
        parts.append(
            f'<button type="button" role="tab" id="{tab}" aria-controls="{panel}"'
            f' aria-selected="{str(selected).lower()}" tabindex="{0 if selected else -1}"'
            f' data-version="{escape(version)}">'
            f"Python {escape(version)}</button>"
        )
    parts.append("</div>\n")
    self.body.append("".join(parts))
    raise nodes.SkipNode


def visit_panel(self: HTML5Translator, node: version_panel) -> None:
    attributes = {"data-version": node["version"], "data-tab": node["tab"]}
    self.body.append(self.starttag(node, "div", CLASS="motw-version-panel", **attributes))


def depart_panel(self: HTML5Translator, node: version_panel) -> None:
    self.body.append("</div>\n")


def visit_diff(self: HTML5Translator, node: version_diff) -> None:
    self.body.append(self.starttag(node, "details", CLASS="motw-version-diff"))
    self.body.append(f"<summary>{escape(node['summary'])}</summary>\n")


def depart_diff(self: HTML5Translator, node: version_diff) -> None:
    self.body.append("</details>\n")


# -- other builders -------------------------------------------------------


def note_text(node: transcript_versions) -> str:
    """``This is the output on Python 3.13; it differs on 3.12 and 3.11.``"""
    sentence = f"This is the output on Python {node['primary']}"
    changes = []
    if node["differs"]:
        changes.append(f"it differs on {versions_named(node, 'differs')}")
    if node["fails"]:
        changes.append(f"it fails on {versions_named(node, 'fails')}")
    if node["needs"]:
        changes.append(f"it needs Python {node['needs']} or newer")
    if changes:
        sentence += "; " + "; ".join(changes)
    return sentence + "."


def flatten(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Builders without the site's script (EPUB, text...): the primary's
    transcript and a sentence naming the Pythons whose output differs."""
    if app.builder.name in TABBED_BUILDERS:
        return
    for node in list(doctree.findall(transcript_versions)):
        panels = [child for child in node.children if isinstance(child, version_panel)]
        ids = [*node["ids"], *(i for panel in panels for i in panel["ids"])]
        kept = nodes.container("", ids=ids, classes=["motw-transcript"])
        kept += panels[0].children[1:]  # not its label
        text = note_text(node)
        kept += nodes.paragraph(text, text, classes=["motw-version-note"])
        node.replace_self(kept)


def setup(app: Sphinx) -> None:
    app.add_node(transcript_versions, html=(visit_versions, depart_versions))
    app.add_node(version_tabs, html=(visit_tabs, None))
    app.add_node(version_panel, html=(visit_panel, depart_panel))
    app.add_node(version_diff, html=(visit_diff, depart_diff))
    app.connect("doctree-resolved", flatten)
