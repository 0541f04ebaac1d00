"""Sphinx glue: example scripts are Python, whatever the default language.

Transcripts are plain ``::`` blocks whose language is the site default
(``console``); example scripts come in through ``literalinclude`` and
get their language from their file name.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from . import __version__

LANGUAGES_BY_SUFFIX = {".py": "python"}


class ScriptLanguage(SphinxTransform):
    """Give included scripts the language their file name says."""

    default_priority = 400

    def apply(self, **kwargs) -> None:
        for node in self.document.findall(nodes.literal_block):
            source = node.get("source", "")  # set by literalinclude only
            if "language" in node:
                continue
            for suffix, language in LANGUAGES_BY_SUFFIX.items():
                if source.endswith(suffix):
                    node["language"] = language


def setup(app: Sphinx) -> dict:
    app.add_transform(ScriptLanguage)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
