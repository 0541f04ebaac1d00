"""The execution engine: a request, run in a page session, cached, made text.

It knows nothing of cogapp or Sphinx.  One module per step:

- :mod:`.options`      what a block may ask of one run, checked once
- :mod:`.command`      the command line: interpreter options, the script
- :mod:`.interpreters` the Pythons that run the examples: the newest release of each line
- :mod:`.provision`    CPython lines unpacked from Debian's archive, verified, cached
- :mod:`.environment`  the fixed environment every run gets
- :mod:`.process`      one process tree, bounded in time and output
- :mod:`.runner`       one run: its working copy, its process, what it did
- :mod:`.tracing`      what a run opened and listed (audit hooks)
- :mod:`.state`        a working copy's files as digests, and what a run changed
- :mod:`.workcopy`     working copies made real on disk, scanned back, replayed
- :mod:`.key`          the cache key: what a run could see, and nothing else
- :mod:`.revisions`    the revision numbers: what makes results and texts obsolete
- :mod:`.cache`        results stored by key, safe for concurrent passes
- :mod:`.session`      a page's runs in order, in parallel where provably equal
- :mod:`.terminal`     output as a terminal would show it
- :mod:`.formatting`   the transcript's layout, as sphinxcontrib-paverutils
- :mod:`.cleanups`     line cleanups (paths, addresses, regexes)
- :mod:`.transcript`   a run's result as transcript text, or the error it is
- :mod:`.pyodide`      a page session under Pyodide in Node (the browser proof's runs)
"""
