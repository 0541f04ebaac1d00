"""A page: its bytes as written, and its cog blocks as cogapp sees them.

Pages keep their line endings and byte-order mark: a page saved with
Windows line endings is read, planned and spliced as LF text and written
back with CRLF (its transcripts too), so no line changes but the ones a
pass means to change.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..digests import digest
from ..engine.transcript import Request
from ..errors import MalformedBlock, TranscriptError, UnsafeOutput
from ..project import COG_BEGIN, OUTPUT_END, cog_outputs, display_path
from .blocks import Block, PlanRunner, SpliceRunner, cog_text

BOM = b"\xef\xbb\xbf"
# A whole cog block, from its first marker line to its last.
BLOCK = re.compile(rf"^[^\n]*{re.escape(COG_BEGIN)}.*?{re.escape(OUTPUT_END)}[^\n]*$", re.M | re.S)


@dataclasses.dataclass(frozen=True)
class PageSource:
    """A page's text with LF line endings, and how to write it back.

    Each line keeps the ending it had; new lines (transcripts) get the
    ending most of the page's lines have.
    """

    text: str
    original: str = ""  # the text as read, line endings and all (no BOM)
    bom: bool = False

    @classmethod
    def decode(cls, data: bytes) -> PageSource:
        """Raises UnicodeDecodeError for a page that is not UTF-8."""
        bom = data.startswith(BOM)
        original = data[len(BOM) :].decode("utf-8") if bom else data.decode("utf-8")
        return cls(original.replace("\r\n", "\n"), original, bom)

    @property
    def newline(self) -> str:
        crlf = self.original.count("\r\n")
        return "\r\n" if crlf and crlf >= self.original.count("\n") - crlf else "\n"

    def encode(self, text: str) -> bytes:
        if "\r\n" in self.original:
            text = self._with_line_endings(text)
        return (BOM if self.bom else b"") + text.encode("utf-8")

    def _with_line_endings(self, text: str) -> str:
        old = self.original.split("\n")
        endings = ["\r\n" if line.endswith("\r") else "\n" for line in old[:-1]]
        old = [line.removesuffix("\r") for line in old[:-1]] + old[-1:]
        new = text.split("\n")
        newline = self.newline
        ends = []
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for tag, first, last, new_first, new_last in matcher.get_opcodes():
            if tag == "equal":
                ends.extend(endings[first:last] + [newline] * (last - len(endings)))
            else:
                ends.extend([newline] * (new_last - new_first))
        return "".join(line + end for line, end in zip(new[:-1], ends, strict=False)) + new[-1]


@dataclasses.dataclass
class Page:
    path: Path
    source: PageSource | None
    blocks: list[Block]
    raw: bytes = b""
    error: TranscriptError | None = None
    code: str = ""  # digest of the blocks' code and of what it writes besides transcripts

    @property
    def name(self) -> str:
        return display_path(self.path)

    @property
    def text(self) -> str:
        return self.source.text if self.source else ""

    @property
    def requests(self) -> list[Request]:
        return [request for block in self.blocks for request in block.requests]


def read(path: Path) -> Page:
    """A page, planned: its blocks and requests (nothing is run)."""
    try:
        raw = path.read_bytes()
        source = PageSource.decode(raw)
    except UnicodeDecodeError as error:
        return Page(
            path, None, [], error=MalformedBlock(f"not valid UTF-8: {error}", display_path(path))
        )
    except OSError as error:
        return Page(
            path, None, [], error=MalformedBlock(f"cannot read: {error}", display_path(path))
        )
    return plan(path, source, raw)


def plan(path: Path, source: PageSource, raw: bytes = b"") -> Page:
    runner = PlanRunner()
    page = Page(path, source, [], raw=raw)
    try:
        planned = cog_text(source.text, page.name, runner)
    except TranscriptError as error:
        page.error = error
    else:
        # With transcripts left empty, what remains of the blocks is their
        # code and any other text it writes: a change there is a change of
        # inputs that the requests alone would not show.
        page.code = digest(BLOCK.findall(planned))
    page.blocks = [runner.blocks[line] for line in sorted(runner.blocks)]
    return page


def splice(page: Page, texts: Sequence[str]) -> str:
    """The page's text with each request answered by *texts*, in order."""
    return cog_text(page.text, page.name, SpliceRunner(page.requests, texts))


@dataclasses.dataclass(frozen=True)
class Spliced:
    """A page with its requests answered on every Python."""

    text: str  # the page's new text: the primary's transcripts
    page: Page  # that text, planned again as the next pass will read it
    outputs: Mapping[str, tuple[str, ...]]  # version -> each block's output, the primary first


def spliced(page: Page, texts: Mapping[str, Sequence[str]]) -> Spliced:
    """*page* answered with each Python's *texts* (the primary's first).

    Only the primary's text becomes the page, so only it is planned again
    (:func:`read_back`); another Python's blocks are read off its spliced
    text.  Raises :class:`TranscriptError` if any would not be written.
    """
    primary, *others = texts
    text = splice(page, texts[primary])
    again = read_back(page, text, texts[primary])
    outputs = {primary: tuple(block.output for block in again.blocks)}
    every = list(cog_outputs(page.text))  # the first line of each cog block
    places = [every.index(block.line) for block in page.blocks]
    for version in others:
        found = list(cog_outputs(splice(page, texts[version])).values())
        outputs[version] = tuple(found[place] for place in places)
    return Spliced(text, again, outputs)


def read_back(page: Page, text: str, texts: Sequence[str]) -> Page:
    """*text* (*page* spliced with *texts*) planned again, as the next pass
    will read it: it must hold the same blocks, each with its transcripts
    as made, or nothing is written.  A transcript its block does not write
    (``run_script`` called for its effect) is left out of the page."""
    again = plan(page.path, PageSource(text))
    same = (
        again.error is None
        and again.code == page.code
        and [r.command for r in again.requests] == [r.command for r in page.requests]
        and len(again.blocks) == len(page.blocks)
    )
    if not same:
        detail = f": {again.error}" if again.error else ""
        raise UnsafeOutput(
            "the regenerated page would not read back as the same cog blocks"
            f"{detail}; it was left as it was",
            page.name,
            page.blocks[0].line if page.blocks else 0,
        )
    answers = iter(texts)
    for block, placed in zip(page.blocks, again.blocks, strict=True):
        for _ in block.requests:
            answer = next(answers)
            if answer not in placed.output and _bare(answer) in _bare(placed.output):
                raise UnsafeOutput(
                    "cogapp would remove the indentation of this block's transcripts: it "
                    "removes the indentation common to all of a block's output, and this "
                    "block's output starts with a transcript made with include_prefix=False "
                    "(a continuation of a literal block). Write the transcript that opens the "
                    "literal block in this same block, or drop include_prefix=False here; "
                    "the page was left as it was",
                    page.name,
                    block.line,
                )
    return again


def _bare(text: str) -> str:
    """*text* without the indentation of its lines (what cogapp may change)."""
    return "\n".join(line.strip() for line in text.splitlines())
