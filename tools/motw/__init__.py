"""Tooling for a Sphinx site whose console transcripts are generated.

The package is small modules with one job each:

- :mod:`motw.layout`      where a chapter's example scripts live
- :mod:`motw.options`     the options of ``run_script`` and their checks
- :mod:`motw.environment` the fixed environment scripts run in
- :mod:`motw.execution`   running one command in a scratch copy
- :mod:`motw.cleanups`    line cleanups (paths, addresses, regexes)
- :mod:`motw.formatting`  line breaking and the transcript's text
- :mod:`motw.inputs`      digests of everything a transcript depends on
- :mod:`motw.cache`       the on-disk execution cache
- :mod:`motw.lockfile`    recorded inputs, for the staleness check
- :mod:`motw.api`         ``run_script``, as cog blocks call it
- :mod:`motw.cogpass`     the pass: plan, run in parallel, splice, write
- :mod:`motw.cli`         ``python -m motw``
"""

__version__ = "1.0.0"
