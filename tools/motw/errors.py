"""The error family: every error names the page (or file) and the line.

The errors are plain exceptions so that every layer can raise them;
:mod:`motw.cogpass.blocks` carries them across cogapp, which passes its
own ``CogError`` through untouched.
"""

from __future__ import annotations


class MotwError(Exception):
    """Something the author must fix, said with where it is."""

    def __init__(self, message: str, file: str = "", line: int = 0):
        self.file = file
        self.line = line
        self.message = message
        super().__init__(self.location + message)

    @property
    def location(self) -> str:
        if not self.file:
            return ""
        return f"{self.file}:{self.line}: " if self.line else f"{self.file}: "


class TranscriptError(MotwError):
    """A cog block could not produce its transcript."""


class BadOption(TranscriptError):
    """``run_script`` was called with an unknown option or a bad value."""


class ScriptMissing(TranscriptError):
    """The script named in a cog block does not exist."""


class ScriptFailed(TranscriptError):
    """The command exited with a non-zero status."""


class ScriptTimedOut(TranscriptError):
    """The command ran longer than its timeout and was stopped."""


class MalformedBlock(TranscriptError):
    """The cog markers of a page do not pair up, or a page cannot be read."""


class UnsafeOutput(TranscriptError):
    """The new page would not read back as the same blocks: it is not written."""


class PageNotWritten(MotwError):
    """A page (or its lock file) could not be written; it is as it was."""


class LockFileError(MotwError):
    """A lock file that this version cannot read."""


class ConfigError(MotwError):
    """``[tool.motw]`` in pyproject.toml is not valid."""


class InterpreterMissing(MotwError):
    """A configured Python is not installed here."""


class TreeBusy(MotwError):
    """Another pass holds the tree and did not let go in time."""


class ProvisionError(MotwError):
    """A Python could not be provisioned; the message says why and what to
    install instead."""
