"""The cog pass: pages, their runs on every Python, lock files, staleness.

A pass is a pipeline of values (:mod:`.passes` drives it): plan, runs,
outcome, page text, write.

- :mod:`.blocks`      the cog glue: ``run_script`` and who answers it
- :mod:`.pages`       a page's text (line endings, BOM), its planned blocks, the new text
- :mod:`.direct`      ``run_script`` outside a pass: each call runs at once
- :mod:`.pythons`     the configured Pythons, as found on this machine
- :mod:`.fresh`       is a page exactly as last written?  From the lock, cheaply
- :mod:`.staleness`   is a page's every transcript current?  From the lock alone
- :mod:`.outcome`     what the runs came to on each Python: the per-Python policy
- :mod:`.sidecar`     the other Pythons' transcripts, ``<page>.versions.txt``
- :mod:`.lockfile`    ``transcripts.lock``: what each transcript was made from
- :mod:`.lockrecord`  a generated page's lock record
- :mod:`.passes`      a pass: plan, run the sessions, outcome, page text
- :mod:`.whatsnew`    what changed from one Python to the next: ``docs/whatsnew/``
- :mod:`.writer`      where a page is written, with its sidecar and lock files
- :mod:`.commands`    the entry points: ``update``, ``check`` (and the preview's)
- :mod:`.report`      what a pass tells the author
- :mod:`.treelock`    one pass at a time on a project (the tree lock)
"""
