"""The cog glue: ``run_script`` as cog blocks call it, and who answers it.

A block in a page reads::

    .. {{{cog
    .. cog.out(run_script(cog.inFile, 'asyncio_coroutine.py'))
    .. }}}

``run_script``, ``substitute`` and ``separator_cleanups`` are in every
block's namespace.  The
call becomes a :class:`~motw.engine.transcript.Request` handed to the
current *runner*: inside a pass (:mod:`motw.cogpass.passes`)
:class:`PlanRunner` only records each block's requests and
:class:`SpliceRunner` answers them with the texts the runs came to; on
its own (plain cogapp with ``-p "from motw import run_script"``)
:class:`~motw.cogpass.direct.DirectRunner` runs each page as a session,
one call after the other.
"""

from __future__ import annotations

import contextvars
import dataclasses
import re
import sys
from collections.abc import Sequence
from typing import Protocol

from cogapp.cogapp import Cog, CogError, CogUserException

from ..engine import command as commands
from ..engine.cleanups import SEPARATOR_CLEANUPS, substitute
from ..engine.options import RunOptions
from ..engine.transcript import Request
from ..errors import MalformedBlock, TranscriptError
from ..project import MARKERS, display_path, example_dir_for


class Runner(Protocol):
    def rejected(self, error: TranscriptError) -> str: ...

    def transcript(self, request: Request) -> str: ...


def run_script(input_file: str, script_name: str | Sequence[str], **options) -> str:
    """Run *script_name* from the page *input_file*'s example folder.

    Returns the transcript text: see :class:`motw.engine.options.RunOptions`
    for the options.  Raises a :class:`~motw.errors.TranscriptError`
    naming the page and line when the script is missing, fails or hangs,
    or an option is wrong; the error is also a cogapp ``CogError``, so
    cogapp reports it without a traceback.
    """
    runner = current_runner()
    try:
        try:
            request = make_request(input_file, script_name, options)
        except TranscriptError as error:
            return runner.rejected(error)
        return runner.transcript(request)
    except TranscriptError as error:
        raise for_cogapp(error) from None


def make_request(input_file: str, script_name, kwargs: dict) -> Request:
    file = display_path(input_file)
    line = block_line(input_file)
    options = RunOptions.from_kwargs(kwargs, file, line)
    example_dir = example_dir_for(input_file)
    command = commands.parse(options.interpreter, script_name, example_dir, file, line)
    return Request(file, line, input_file, command, options, example_dir)


def block_line(input_file: str) -> int:
    """The first line of the cog block being run, as cogapp tells it
    (0 when run_script is called outside cogapp's run of that file)."""
    cog = sys.modules.get("cog")
    if getattr(cog, "inFile", None) != input_file:
        return 0
    return getattr(cog, "firstLineNum", 0) or 0


_for_cogapp: dict[type[TranscriptError], type[TranscriptError]] = {}


def for_cogapp(error: TranscriptError) -> TranscriptError:
    """*error*, as an instance of its own class and of cogapp's CogError,
    which cogapp passes through untouched (the error family itself does
    not depend on cogapp)."""
    if isinstance(error, CogError):
        return error
    kind = type(error)
    if kind not in _for_cogapp:
        _for_cogapp[kind] = type(kind.__name__, (kind, CogError), {"__module__": kind.__module__})
    twin_class = _for_cogapp[kind]
    twin = twin_class.__new__(twin_class)
    twin.__dict__.update(vars(error))
    twin.args = error.args
    return twin


_runner: contextvars.ContextVar[Runner] = contextvars.ContextVar("motw_runner")


def current_runner() -> Runner:
    """The runner of the pass in progress, or one that runs directly."""
    runner = _runner.get(None)
    if runner is None:
        from .direct import DirectRunner

        runner = DirectRunner.from_environment()
        _runner.set(runner)
    return runner


class use_runner:
    """``with use_runner(runner):`` makes *runner* answer ``run_script``."""

    def __init__(self, runner: Runner):
        self.runner = runner

    def __enter__(self) -> Runner:
        self.token = _runner.set(self.runner)
        return self.runner

    def __exit__(self, *exc: object) -> None:
        _runner.reset(self.token)


@dataclasses.dataclass
class Block:
    """One cog block of a page that calls ``run_script``."""

    line: int
    output: str  # the block's generated text as it stands in the page
    requests: list[Request] = dataclasses.field(default_factory=list)
    errors: list[TranscriptError] = dataclasses.field(default_factory=list)


class PlanRunner:
    """Records what the blocks ask for, and runs nothing."""

    def __init__(self) -> None:
        self.blocks: dict[int, Block] = {}

    def _block(self) -> Block:
        cog = sys.modules["cog"]
        block = self.blocks.get(cog.firstLineNum)
        if block is None:
            block = self.blocks[cog.firstLineNum] = Block(cog.firstLineNum, cog.previous)
        return block

    def rejected(self, error: TranscriptError) -> str:
        self._block().errors.append(error)
        return ""

    def transcript(self, request: Request) -> str:
        self._block().requests.append(request)
        return ""


class SpliceRunner:
    """Answers the *expected* requests of a planned page, in order, with *texts*."""

    def __init__(self, expected: Sequence[Request], texts: Sequence[str]):
        self.expected = expected
        self.texts = texts
        self.calls = 0

    def rejected(self, error: TranscriptError) -> str:
        raise error

    def transcript(self, request: Request) -> str:
        number = self.calls
        self.calls += 1
        if number >= len(self.texts) or self.expected[number].command != request.command:
            raise TranscriptError(
                "the cog code asked for other runs than when it was planned "
                "(does it depend on something that changes?)",
                request.file,
                request.line,
            )
        return self.texts[number]


# The names every cog block sees without an import.
COG_GLOBALS = {
    "run_script": run_script,
    "substitute": substitute,
    "separator_cleanups": SEPARATOR_CLEANUPS,
}


def cog_text(text: str, name: str, runner: Runner) -> str:
    """Run cogapp over *text* (LF line endings) with *runner* answering."""
    engine = Cog()
    engine.options.parse_args([f"--markers={MARKERS}"])
    engine.options.defines = dict(COG_GLOBALS)
    with use_runner(runner):
        try:
            return engine.process_string(text, fname=name)
        except TranscriptError:
            raise
        except CogUserException as error:
            line = getattr(engine.cogmodule, "firstLineNum", 0)
            raise TranscriptError(f"the cog code failed:\n{error.args[0]}", name, line) from None
        except CogError as error:
            match = re.match(r"(.*)\((\d+)\): (.*)", str(error), re.DOTALL)
            if match:
                raise MalformedBlock(match[3], match[1], int(match[2])) from None
            raise MalformedBlock(str(error), name) from None
