"""The error hierarchy: every error names the chapter file and line."""

from __future__ import annotations

from cogapp.cogapp import CogError


class TranscriptError(CogError):
    """A cog block could not produce its transcript.

    Subclassing :class:`cogapp.CogError` lets cogapp pass the error
    through untouched instead of wrapping it in a traceback.
    """

    def __init__(self, message: str, chapter: str = "", line: int = 0):
        self.chapter = chapter
        self.line = line
        self.message = message
        Exception.__init__(self, self.location + message)

    @property
    def location(self) -> str:
        if not self.chapter:
            return ""
        return f"{self.chapter}:{self.line}: " if self.line else f"{self.chapter}: "


class BadOption(TranscriptError):
    """``run_script`` was called with an unknown option or bad value."""


class ScriptMissing(TranscriptError):
    """The script named in a cog block does not exist."""


class ScriptFailed(TranscriptError):
    """The script exited with a non-zero status."""


class ScriptTimedOut(TranscriptError):
    """The script ran longer than its timeout and was killed."""


class MalformedBlock(TranscriptError):
    """The cog markers of a chapter do not pair up."""
