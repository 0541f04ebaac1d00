"""Version marks where readers look: under the page title and at section headings.

A page with transcripts says once, under its title, that its transcripts
print the same on every Python checked ("except where marked": those
transcripts carry their own badges).  A section holding an example
declared for newer Pythons (``run_script(..., python='>=3.14')``) gets a
"New in 3.14" mark in its heading, which Sphinx copies into the page's
contents and the sidebar, as docs.python.org marks "Added in version".
The page's own title is left as it is (it is the page's name everywhere).
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from ..cogpass import sidecar as sidecars
from .records import newest_first, span_text, version_key
from .switcher import badge
from .transcripts import SHOWN, PageTranscripts, page_transcripts

HEADING_MARK = "motw-heading-mark"


def page_note(page: PageTranscripts) -> str:
    """``Every transcript on this page prints the same on Python 3.11–3.15[, except ...].``"""
    versions = newest_first(page.pythons)
    marked = any(
        state not in (sidecars.SAME, SHOWN) for t in page.transcripts for state in t.states.values()
    )
    if len(versions) == 1:
        return f"The transcripts on this page were made with Python {versions[0]}."
    span = span_text(versions, versions)
    text = f"Every transcript on this page prints the same on Python {span}"
    return text + (", except where it is marked." if marked else ".")


def heading_mark(version: str) -> nodes.inline:
    mark = badge(f"New in {version}", "new")
    mark["classes"].append(HEADING_MARK)
    return mark


class VersionMarks(SphinxTransform):
    """The page's note under its title; "New in 3.x" on the headings of sections."""

    default_priority = 310  # after the transcripts are placed (300)

    def apply(self, **kwargs) -> None:
        page = page_transcripts(self.env).get(self.env.docname)
        if page is None or not page.transcripts or not page.pythons:
            return
        top = next(iter(self.document.findall(nodes.section)), None)
        if top is None:
            return
        note = page_note(page)
        top.insert(1, nodes.paragraph(note, note, classes=["motw-page-versions"]))
        needs: dict[nodes.section, set[str]] = {}
        for transcript in page.transcripts:
            node = self.document.ids.get(transcript.anchor)
            section = node.parent if node is not None else None
            while section is not None and not isinstance(section, nodes.section):
                section = section.parent
            if transcript.needs and section is not None and section is not top:
                needs.setdefault(section, set()).add(transcript.needs)
        for section, versions in needs.items():
            title = section[0]
            assert isinstance(title, nodes.title)
            for version in sorted(versions, key=version_key):
                title += [nodes.Text(" "), heading_mark(version)]


def setup(app: Sphinx) -> None:
    app.add_transform(VersionMarks)
