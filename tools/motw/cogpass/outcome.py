"""What a page's runs came to on every Python: the per-Python policy.

The one place that decides what a run's result means for the page:

- on the primary Python (whose transcripts the page shows) a run that
  fails, hangs or cannot be run is an error naming the page and line,
  and the page is left as it was;
- on another Python a failing run is recorded as ``fails`` there (its
  text is kept for the sidecar, and the pass warns); only a run that
  could not be run at all, or hung, is an error.

:func:`outcome` turns a page's runs into a frozen :class:`Outcome`; the
pass places its texts into the page afterwards (:mod:`.pages`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from ..engine.cache import Recorded
from ..engine.runner import RunSpec
from ..engine.transcript import Request, failed, text_of, transcript, warnings_for
from ..errors import MotwError, TranscriptError
from .pages import Page

# One request's run on one Python: what was to run (None: it does not
# run there) and what came of it (a recorded run, or why there is none).
Run = tuple[RunSpec | None, Recorded | BaseException | None]
Runs = Mapping[str, Sequence[Run]]  # version -> each request's run, the primary first


@dataclasses.dataclass(frozen=True)
class Outcome:
    texts: Mapping[str, tuple[str, ...]]  # version -> each request's text
    failing: Mapping[str, frozenset[int]]  # version -> the requests that failed there
    errors: tuple[MotwError, ...]  # by line; any error leaves the page as it was
    warnings: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class _OnPython:
    texts: tuple[str, ...]
    failing: frozenset[int]
    errors: tuple[TranscriptError, ...]
    warnings: tuple[str, ...]


def outcome(page: Page, runs: Runs, primary: str) -> Outcome:
    """The texts, failures, errors and warnings of *page*'s *runs*."""
    found = {
        version: _on_python(page.requests, ran, version, version == primary)
        for version, ran in runs.items()
    }
    errors: list[MotwError] = [error for block in page.blocks for error in block.errors]
    errors += [error for on in found.values() for error in on.errors]
    return Outcome(
        {version: on.texts for version, on in found.items()},
        {version: on.failing for version, on in found.items()},
        tuple(sorted(errors, key=lambda error: error.line)),
        tuple(warning for on in found.values() for warning in on.warnings),
    )


def _on_python(
    requests: Sequence[Request], ran: Sequence[Run], version: str, primary: bool
) -> _OnPython:
    texts: list[str] = []
    failing: set[int] = set()
    errors: list[TranscriptError] = []
    warnings: list[str] = []
    earlier: Request | None = None  # the first run that failed
    for index, (request, (spec, result)) in enumerate(zip(requests, ran, strict=True)):
        texts.append("")
        if spec is None:
            if primary:
                errors.append(_error(request, _left_out(request, version)))
            continue
        if not isinstance(result, Recorded):
            detail = f": {result}" if result else ""
            errors.append(
                _error(request, f"{request.command.label} could not be run on {version}{detail}")
            )
            continue
        run = result.result
        if primary:
            warnings.extend(warnings_for(request, run))
        try:
            if primary or run.timed_out:
                texts[-1] = transcript(request, run, "" if primary else version)
            else:
                texts[-1] = text_of(request, run.output)
        except TranscriptError as error:
            errors.append(_after(error, earlier))
            earlier = earlier or request
            failing.add(index)
            continue
        if failed(request, run):
            failing.add(index)
            earlier = earlier or request
            if not primary:
                warnings.append(
                    f"{request.where}: {request.command.label} fails on Python {version} "
                    f"(status {run.status}); recorded as failing there"
                )
    return _OnPython(tuple(texts), frozenset(failing), tuple(errors), tuple(warnings))


def _left_out(request: Request, version: str) -> str:
    return (
        f"python={request.options.python!r} leaves out the primary "
        f"Python {version}: the page would show nothing"
    )


def _error(request: Request, message: str) -> TranscriptError:
    return TranscriptError(message, request.file, request.line)


def _after(error: TranscriptError, earlier: Request | None) -> TranscriptError:
    """*error*, saying which earlier run of the page failed first, if one did."""
    if earlier is None:
        return error
    return type(error)(
        f"{error.message}\n    an earlier run of this page failed first: "
        f"{earlier.where} ({earlier.command.label})",
        error.file,
        error.line,
    )
