"""The closing note of a page: which Pythons its transcripts come from.

Read from the chapter's ``transcripts.lock`` (written by ``make cog``),
which becomes a dependency of the page: the primary Python, whose output
the page shows, and the others the transcripts were checked on.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from ..cogpass.lockfile import LockFile
from ..project import LOCK_NAME

IMPLEMENTATIONS = {"cpython": "CPython", "pypy": "PyPy", "graalpy": "GraalPy"}


def describe_interpreter(recorded: str) -> str:
    """``cpython 3.11.7`` -> ``CPython 3.11.7``."""
    implementation, _, version = recorded.partition(" ")
    name = IMPLEMENTATIONS.get(implementation, implementation.capitalize())
    return f"{name} {version}".strip()


def note_text(pythons: dict[str, str]) -> str:
    names = [describe_interpreter(found) for found in pythons.values()]
    if len(names) == 1:
        return f"Transcripts on this page were generated with {names[0]}."
    others = ", ".join(names[1:-1]) + (" and " if len(names) > 2 else "") + names[-1]
    return f"Transcripts on this page were generated with {names[0]} and checked on {others}."


class TranscriptProvenance(SphinxTransform):
    """End a page that has generated transcripts with the Pythons that made them."""

    default_priority = 880

    def apply(self, **kwargs) -> None:
        source = Path(self.env.doc2path(self.env.docname))
        if not (source.parent / LOCK_NAME).is_file():
            return
        self.env.note_dependency(source.parent / LOCK_NAME)
        record = LockFile(source.parent).page(source.name)
        if record is None or not record.pythons:
            return
        note = nodes.paragraph("", note_text(dict(record.pythons)), classes=["motw-provenance"])
        sections = [child for child in self.document if isinstance(child, nodes.section)]
        (sections[-1] if sections else self.document).append(note)


def setup(app: Sphinx) -> None:
    app.add_transform(TranscriptProvenance)
