"""For people writing chapters: new chapters, live preview, lint.

- :mod:`.scaffold`  ``motw new-chapter``: a page, its first script, a toctree entry
- :mod:`.preview`   ``motw serve`` and ``motw sync``: sphinx-autobuild plus the cog pass
- :mod:`.headers`   ``motw lint-headers``: the standard header of example scripts
- :mod:`.rstlint`   ``motw lint-rst``: sphinx-lint for the pages, minus transcripts

Each module is called by :mod:`motw.cli`, which parses the arguments.
"""
