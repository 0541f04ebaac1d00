"""The revision numbers: what makes earlier results and transcripts obsolete.

Bump one in the same change that needs it, and say so in CHANGELOG.md:

``EXECUTION_REVISION``
    how runs happen changed (environment, tracer, process handling) in a
    way that can change what a run prints or writes: every cached result
    is ignored, so the next pass runs every script again;
``FORMAT_REVISION``
    the same output now gives other transcript text: every page is stale
    until ``make cog`` rewrites it.

Both are recorded in every lock file (:func:`signature`), so a pass or a
check sees a change without running anything.
"""

from __future__ import annotations

from .environment import fixed_digest

EXECUTION_REVISION = 4
FORMAT_REVISION = 5


def signature() -> dict[str, object]:
    """What every run and transcript of this engine shares."""
    return {
        "environment": fixed_digest(),
        "execution": EXECUTION_REVISION,
        "format": FORMAT_REVISION,
    }
