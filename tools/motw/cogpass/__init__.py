"""The cog pass: pages, their runs on every Python, lock files, staleness.

- :mod:`.blocks`    the cog glue: ``run_script`` and who answers it
- :mod:`.pages`     a page's text (line endings, BOM) and its planned blocks
- :mod:`.lockfile`  what each transcript was made from (typed, versioned)
- :mod:`.versions`  the other Pythons' transcripts, beside the page
- :mod:`.pythons`   the configured Pythons, as found on this machine
- :mod:`.staleness` is a page fresh?  Decided from the lock alone
- :mod:`.passes`    a pass: plan, run the sessions, splice, write
- :mod:`.commands`  the two entry points: ``update`` and ``check``
- :mod:`.report`    what a pass tells the author
- :mod:`.treelock`  one pass at a time on a project
"""
