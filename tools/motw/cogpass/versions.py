"""The other Pythons' transcripts, in a text file beside the page.

The page shows the primary Python's transcripts.  What every other
configured Python printed is kept in ``<page>.versions.txt`` beside it,
in a form meant for review: a reviewer sees in ``git diff`` when 3.12's
output of an example changes.  Only differences are written out::

    == block 3: asyncio_eager.py
    -- 3.12: same
    -- 3.11: needs Python 3.12
    == block 4: asyncio_traceback.py
    -- 3.12: differs
      (the block's text on 3.12, each line indented by two spaces)
    -- 3.11: fails
      ...

``fails`` is a transcript whose script failed on that Python (it is
shown, as with ``ignore_error``, and the pass warns about it).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..digests import digest

SUFFIX = ".versions.txt"
HEADER = (
    "# Transcripts of {page} on the other Pythons; the page shows Python {primary}.\n"
    "# Written by 'make cog'; do not edit.\n"
)
SAME, NEEDS, DIFFERS, FAILS, MISSING = "same", "needs", "differs", "fails", "not checked"


@dataclasses.dataclass(frozen=True)
class Output:
    """A block's transcript on one Python."""

    kind: str  # SAME, NEEDS, DIFFERS, FAILS or MISSING
    text: str = ""  # the block's text, for DIFFERS and FAILS
    needs: str = ""  # the first version it runs on, for NEEDS

    @property
    def digest(self) -> str:
        if self.kind == SAME:
            return SAME
        if self.kind == NEEDS:
            return NEEDS
        return digest([self.kind, self.text])


@dataclasses.dataclass(frozen=True)
class BlockVersions:
    number: int  # counting the page's blocks that call run_script, from 1
    label: str
    outputs: dict[str, Output]  # by version, in the configured order


def sidecar_path(page: Path) -> Path:
    return page.with_name(page.stem + SUFFIX)


def render(page_name: str, primary: str, blocks: list[BlockVersions]) -> str:
    lines = [HEADER.format(page=page_name, primary=primary)]
    for block in blocks:
        lines.append(f"== block {block.number}: {block.label}\n")
        for version, output in block.outputs.items():
            if output.kind == NEEDS:
                lines.append(f"-- {version}: needs Python {output.needs}\n")
                continue
            lines.append(f"-- {version}: {output.kind}\n")
            if output.kind in (DIFFERS, FAILS):
                lines.extend(f"  {line}\n" for line in output.text.splitlines())
    return "".join(lines)


def parse(text: str) -> list[BlockVersions]:
    """The blocks of a sidecar file (as :func:`render` writes them)."""
    blocks: list[BlockVersions] = []
    version = ""
    body: list[str] | None = None
    meta: dict[str, Output] = {}

    def close() -> None:
        nonlocal body
        if body is not None and version:
            kind = meta[version].kind
            meta[version] = Output(kind, "".join(body))
        body = None

    for line in text.splitlines(keepends=True):
        if line.startswith("#"):
            continue
        if line.startswith("== block "):
            close()
            number, _, label = line[len("== block ") :].rstrip("\n").partition(": ")
            meta = {}
            blocks.append(BlockVersions(int(number), label, meta))
        elif line.startswith("-- ") and blocks:
            close()
            version, _, state = line[3:].rstrip("\n").partition(": ")
            if state.startswith("needs Python "):
                meta[version] = Output(NEEDS, needs=state[len("needs Python ") :])
            else:
                meta[version] = Output(state)
                if state in (DIFFERS, FAILS):
                    body = []
        elif body is not None:
            body.append(line[2:])
    close()
    return blocks


def read(page: Path) -> list[BlockVersions] | None:
    try:
        return parse(sidecar_path(page).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
