"""The contributors' tools: new chapters, live preview, lint.

- :mod:`.scaffold` ``motw new-chapter``: a chapter's first page and script
- :mod:`.preview`  ``motw serve``: sphinx-autobuild plus the cog pass
- :mod:`.headers`  ``motw lint-headers``: the standard header of scripts
- :mod:`.rstlint`  ``motw lint-rst``: sphinx-lint, minus the transcripts
"""
