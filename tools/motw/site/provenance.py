"""Which Pythons made the transcripts: each page's closing note, and the site's.

A page with transcripts ends with a note naming the primary Python, whose
output the page shows, and the others its transcripts were checked on,
as its chapter's ``transcripts.lock`` records them (the lock becomes a
dependency of the page).  ``.. checked-pythons::`` (on the landing page)
says the same for the whole site, from every page's record; it is
written again whenever a page with transcripts changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransform
from sphinx.util.docutils import SphinxDirective

from . import records
from .transcripts import page_transcripts

IMPLEMENTATIONS = {"cpython": "CPython", "pypy": "PyPy", "graalpy": "GraalPy"}


def describe_interpreter(recorded: str) -> str:
    """``cpython 3.11.7`` -> ``CPython 3.11.7``."""
    implementation, _, version = recorded.partition(" ")
    name = IMPLEMENTATIONS.get(implementation, implementation.capitalize())
    return f"{name} {version}".strip()


def note_text(pythons: Mapping[str, str]) -> str:
    """The closing note of a page whose record lists *pythons* (in any order)."""
    names = [describe_interpreter(found) for found in records.interpreters(pythons)]
    if len(names) == 1:
        return f"Transcripts on this page were generated with {names[0]}."
    return (
        f"Transcripts on this page were generated with {names[0]} "
        f"and checked on {records.versions_text(names[1:])}."
    )


class TranscriptProvenance(SphinxTransform):
    """End a page that has generated transcripts with the Pythons that made them."""

    default_priority = 880

    def apply(self, **kwargs) -> None:
        page = page_transcripts(self.env).get(self.env.docname)  # read at priority 300
        if page is None:
            return
        note = nodes.paragraph("", note_text(page.pythons), classes=["motw-provenance"])
        sections = [child for child in self.document if isinstance(child, nodes.section)]
        (sections[-1] if sections else self.document).append(note)


class checked_pythons(nodes.General, nodes.Element):
    """Stands for the site's Pythons until every page has been read."""


class CheckedPythons(SphinxDirective):
    """``.. checked-pythons::``: the Pythons the site's transcripts were made and checked on."""

    def run(self) -> list[nodes.Node]:
        checking_pages(self.env).add(self.env.docname)
        node = checked_pythons()
        self.set_source_info(node)
        return [node]


def checking_pages(env: BuildEnvironment) -> set[str]:
    if not hasattr(env, "motw_checked_pythons"):
        env.motw_checked_pythons = set()  # type: ignore[attr-defined]
    return env.motw_checked_pythons  # type: ignore[attr-defined]


def site_text(pages: Mapping[str, Mapping[str, str]]) -> str:
    """What the site's transcripts were made on, from each page's Pythons."""
    if not pages:
        return "No page has generated transcripts yet."
    by_version: dict[str, set[str]] = {}
    for pythons in pages.values():
        for version, interpreter in pythons.items():
            by_version.setdefault(version, set()).add(interpreter)
    names = []
    for version in records.newest_first(by_version):
        seen = sorted(by_version[version], key=records.version_key)
        name = " / ".join(describe_interpreter(f) for f in seen)  # pages made at different times
        covered = sum(version in pythons for pythons in pages.values())
        if covered < len(pages):
            name += f" ({covered} of {len(pages)} pages)"
        names.append(name)
    text = f"Every transcript on this site was generated with {names[0]}"
    if len(names) > 1:
        text += f" and checked on {records.versions_text(names[1:])}"
    return text + "."


def fill_checked_pythons(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    pages = {name: found.pythons for name, found in page_transcripts(app.env).items()}
    for placeholder in list(doctree.findall(checked_pythons)):
        text = site_text(pages)
        placeholder.replace_self(nodes.paragraph(text, text, classes=["motw-checked-pythons"]))


def outdated(
    app: Sphinx, env: BuildEnvironment, added: Set[str], changed: Set[str], removed: Set[str]
) -> list[str]:
    """Any page changed: the pages saying what the site was checked on are read again."""
    if added or changed or removed:
        return sorted(checking_pages(env) - set(added) - set(changed))
    return []


def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    checking_pages(env).discard(docname)


def merge(app: Sphinx, env: BuildEnvironment, docnames: Set[str], other: BuildEnvironment) -> None:
    checking_pages(env).update(checking_pages(other) & set(docnames))


def setup(app: Sphinx) -> None:
    app.add_transform(TranscriptProvenance)
    app.add_node(checked_pythons)
    app.add_directive("checked-pythons", CheckedPythons)
    app.connect("doctree-resolved", fill_checked_pythons)
    app.connect("env-get-outdated", outdated)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
