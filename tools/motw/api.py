"""``run_script``: what a cog block calls to get a transcript.

A block in a chapter reads::

    .. {{{cog
    .. cog.out(run_script(cog.inFile, 'asyncio_coroutine.py'))
    .. }}}

``run_script`` and ``substitute`` are in every block's namespace.  The
call builds a :class:`~motw.inputs.Request` and hands it to the current
*runner*: on its own it runs the script (with the cache); inside a pass
(:mod:`motw.cogpass`) it first only records requests, then splices in
results that ran in parallel.
"""

from __future__ import annotations

import contextvars
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from .cache import ExecutionCache
from .cleanups import substitute
from .errors import ScriptFailed, ScriptMissing, ScriptTimedOut, TranscriptError
from .execution import RunResult, run_command
from .formatting import transcript
from .inputs import InputDigests, Request, execution_key
from .layout import display_path, example_dir_for
from .options import RunOptions

TAIL_LINES = 15


def run_script(input_file: str, script_name: str | Sequence[str], **options) -> str:
    """Run *script_name* from the chapter *input_file*'s example folder.

    Returns the transcript text: see :class:`motw.options.RunOptions`
    for the options.  Raises a :class:`~motw.errors.TranscriptError`
    naming the chapter and line when the script is missing, fails or
    hangs, or an option is wrong.
    """
    runner = current_runner()
    try:
        request = build_request(input_file, script_name, options)
    except TranscriptError as error:
        return runner.rejected(error)
    return runner.transcript(request)


def build_request(input_file: str, script_name, kwargs: dict) -> Request:
    chapter = display_path(input_file)
    line = _block_line(input_file)
    where = f"{chapter}:{line}" if line else chapter
    options = RunOptions.from_kwargs(kwargs, where)
    if isinstance(script_name, str):
        shown = script_name
    elif isinstance(script_name, Sequence) and all(isinstance(word, str) for word in script_name):
        shown = " ".join(script_name)
    else:
        raise TranscriptError(
            f"script name must be a string or a list of words, not {script_name!r}",
            chapter,
            line,
        )
    example_dir = example_dir_for(input_file)
    command = f"{options.interpreter} {shown}" if options.interpreter else shown
    words = _words(shown)
    if not example_dir.is_dir():
        raise ScriptMissing(
            f"example folder {display_path(example_dir)} does not exist (needed for {shown!r})",
            chapter,
            line,
        )
    if options.interpreter and not (words and (example_dir / words[0]).is_file()):
        raise ScriptMissing(
            f"script {words[0] if words else shown!r} not found in {display_path(example_dir)}",
            chapter,
            line,
        )
    named = tuple(dict.fromkeys(w for w in words if (example_dir / w).is_file()))
    return Request(chapter, line, command, example_dir, options, named)


def _words(shown: str) -> list[str]:
    try:
        return shlex.split(shown)
    except ValueError:
        return shown.split()


def _block_line(input_file: str) -> int:
    """The first line of the cog block being run, as cogapp tells it
    (0 when run_script is called outside cogapp's run of that file)."""
    cog = sys.modules.get("cog")
    if getattr(cog, "inFile", None) != input_file:
        return 0
    return getattr(cog, "firstLineNum", 0) or 0


def finish(request: Request, result: RunResult) -> str:
    """The transcript of *result*, or the error it is."""
    if result.timed_out:
        raise ScriptTimedOut(
            f"{request.label} did not finish within {request.options.timeout:g} s "
            f"and was stopped; output so far:\n{_tail(result.output)}",
            request.chapter,
            request.line,
        )
    # A run cut for flooding was stopped by us: its status says nothing.
    if result.status != 0 and not result.truncated and not request.options.ignore_error:
        raise ScriptFailed(
            f"{request.label} exited with status {result.status}"
            " (pass ignore_error=True if that is the point of the example); "
            f"last lines of its output:\n{_tail(result.output)}",
            request.chapter,
            request.line,
        )
    return transcript(request.chapter, request.command, result.output, request.options)


def _tail(output: str) -> str:
    lines = output.rstrip("\n").splitlines()[-TAIL_LINES:] or ["(no output)"]
    return "\n".join(f"    | {line}" for line in lines)


def warnings_for(request: Request, result: RunResult) -> list[str]:
    """Things worth telling about a run that still gave a transcript."""
    notes = []
    if result.replaced_bytes:
        notes.append(
            f"{request.where}: output of {request.label} is not valid UTF-8; "
            f"{result.replaced_bytes} undecodable byte(s) shown as U+FFFD"
        )
    if result.truncated:
        notes.append(f"{request.where}: output of {request.label} was cut (too long)")
    return notes


class DirectRunner:
    """Runs each request when asked, through the execution cache."""

    def __init__(self, cache: ExecutionCache | None = None, digests: InputDigests | None = None):
        self.cache = cache or ExecutionCache(None)
        self.digests = digests or InputDigests()

    def rejected(self, error: TranscriptError) -> str:
        raise error

    def transcript(self, request: Request) -> str:
        key = execution_key(self.digests.components(request))
        result = self.cache.get(key)
        if result is None:
            result = run_command(
                request.command,
                request.example_dir,
                request.options.timeout,
                self.digests.files(request),
            )
            self.cache.put(key, result)
        for note in warnings_for(request, result):
            print(f"warning: {note}", file=sys.stderr)
        return finish(request, result)


_runner: contextvars.ContextVar = contextvars.ContextVar("motw_runner")


def current_runner():
    """The runner of the pass in progress, or one that runs directly.

    Used from plain ``cog`` (outside a pass), run_script caches in
    ``$MOTW_CACHE_DIR`` when that is set.
    """
    runner = _runner.get(None)
    if runner is None:
        folder = os.environ.get("MOTW_CACHE_DIR")
        runner = DirectRunner(ExecutionCache(Path(folder) if folder else None))
        _runner.set(runner)
    return runner


class use_runner:
    """``with use_runner(runner):`` makes *runner* answer ``run_script``."""

    def __init__(self, runner):
        self.runner = runner

    def __enter__(self):
        self.token = _runner.set(self.runner)
        return self.runner

    def __exit__(self, *exc):
        _runner.reset(self.token)


# The names every cog block sees without an import.
COG_GLOBALS = {"run_script": run_script, "substitute": substitute}
