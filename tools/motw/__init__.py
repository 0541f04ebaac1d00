"""Module of the Week: a Sphinx site whose console transcripts are generated.

The package is layered; a layer imports only the layers below it:

- :mod:`motw.errors`, :mod:`motw.project`, :mod:`motw.digests`,
  :mod:`motw.atomic`, :mod:`motw.config`: what every layer shares
- :mod:`motw.engine`: a run, in a page session, cached, made text
- :mod:`motw.cogpass`: pages, lock files, staleness, the pass
- :mod:`motw.site`: the Sphinx extension (the reader's site)
- :mod:`motw.authoring`: new chapters, live preview, lint
- :mod:`motw.cli`: the ``motw`` command

``run_script``, ``substitute`` and ``separator_cleanups`` are the names
cog blocks use; plain cogapp gets them with ``-p "from motw import
run_script, substitute"``.
"""

from __future__ import annotations

__version__ = "2.0.0"
__all__ = ["__version__", "run_script", "separator_cleanups", "substitute"]


def __getattr__(name: str):
    # Imported on first use: `import motw` (conf.py) stays light.
    if name == "run_script":
        from .cogpass.blocks import run_script

        return run_script
    if name == "substitute":
        from .engine.cleanups import substitute

        return substitute
    if name == "separator_cleanups":
        from .engine.cleanups import SEPARATOR_CLEANUPS

        return SEPARATOR_CLEANUPS
    raise AttributeError(f"module 'motw' has no attribute {name!r}")
