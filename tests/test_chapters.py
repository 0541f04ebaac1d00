"""Every chapter: complete, consistent, current, and every example clean.

The structure checks read the pages; the slow check runs every block of
every page on every configured Python with warnings as errors and
Python's development checks (``MOTW_STRICT=1``) and requires the
transcripts to come out byte for byte as committed: the examples run
clean and deterministically.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from conftest import REPO
from motw.cogpass import pages as planning

DOCS = REPO / "docs"
EXAMPLES = REPO / "source_examples"
CHAPTERS = sorted(
    p.parent.name for p in DOCS.glob("*/index.rst") if (EXAMPLES / p.parent.name).is_dir()
)
NOT_CHAPTERS = {"contributing"}
INCLUDE = re.compile(
    r"^\.\. literalinclude:: \.\./\.\./source_examples/[^/]+/(\S+)\n((?:   :.*\n)*)", re.M
)
PART = re.compile(r":(pyobject|lines|start-at|end-at|end-before):")
COG_BLOCK = re.compile(r"\.\. \{\{\{cog\n.*?\.\. \{\{\{end\}\}\}\n", re.S)


def pages(chapter: str) -> list[Path]:
    return sorted((DOCS / chapter).glob("*.rst"))


@cache
def commands(chapter: str) -> list[str]:
    """The words of every command the chapter's blocks run (as planned by cogapp)."""
    found = []
    for page in pages(chapter):
        planned = planning.read(page)
        assert planned.error is None, planned.error
        for request in planned.requests:
            found.extend(request.command.text.split())
    return found


def test_the_site_has_the_promised_chapters():
    assert len([c for c in CHAPTERS if c not in NOT_CHAPTERS]) >= 10
    assert "sqlite3" in CHAPTERS


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_page_is_in_the_chapter_toctree_and_has_a_synopsis(chapter):
    index = (DOCS / chapter / "index.rst").read_text()
    others = [p.stem for p in pages(chapter) if p.stem != "index"]
    if others:
        toctree = index.split(".. toctree::", 1)[1]
        listed = re.findall(r"^   (\S+)$", toctree, re.M)
        assert sorted(listed) == sorted(others)
    if chapter not in NOT_CHAPTERS:
        assert re.search(rf"^\.\. module:: {re.escape(chapter)}\n   :synopsis: \S", index, re.M)


@pytest.mark.parametrize("chapter", [c for c in CHAPTERS if c not in NOT_CHAPTERS])
def test_every_script_is_shown_once_and_run(chapter):
    scripts = sorted(p.name for p in (EXAMPLES / chapter).glob("*.py"))
    included = [
        name
        for page in pages(chapter)
        for name, options in INCLUDE.findall(page.read_text())
        if not PART.search(options)  # a part of a script may be shown again
    ]
    shown = [name for name in included if name.endswith(".py")]
    assert len(shown) == len(set(shown)), "a script is shown whole twice"
    assert set(shown) <= set(scripts)
    run = set(commands(chapter))
    for name in scripts:
        stem = name[:-3]
        used = (
            name in run
            or stem in run
            or any(
                re.search(rf"\b{re.escape(stem)}\b", (EXAMPLES / chapter / s).read_text())
                for s in scripts
                if s != name
            )
        )
        # A helper module may be shown without a transcript of its own.
        assert used, f"{name} is neither run by a block nor used by an example"
    assert len({name for name in shown if name in run or name[:-3] in run}) >= 10


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_no_output_is_pasted_by_hand(chapter):
    for page in pages(chapter):
        outside = COG_BLOCK.sub("", page.read_text())
        assert "\t$ python3" not in outside, page.name


def test_no_deprecated_apis_in_the_examples():
    banned = {
        r"\bget_event_loop\(\)": "asyncio.get_event_loop() outside a running loop",
        r"@asyncio\.coroutine": "generator-based coroutines",
        r"\bloop=": "the loop= argument",
        r"_event_loop_policy\(": "event loop policies (deprecated in 3.14)",
        r"asyncio\.iscoroutinefunction": "asyncio.iscoroutinefunction (deprecated in 3.14)",
        r"utcnow\(\)|utcfromtimestamp\(": "naive UTC datetimes (deprecated in 3.12)",
        r"\bimport (imp|asynchat|asyncore|smtpd|distutils)\b": "a module removed in 3.12",
        r"\bimport (cgi|cgitb|crypt|pipes|telnetlib|nntplib|audioop)\b": "a module removed in 3.13",
    }
    for path in sorted(EXAMPLES.glob("*/*.py")):
        code = path.read_text().split("#end_pymotw_header", 1)[-1]
        for pattern, what in banned.items():
            assert not re.search(pattern, code), f"{path.relative_to(REPO)} uses {what}"


@pytest.mark.slow
def test_every_example_runs_clean_and_reproduces_its_transcripts(repo_copy):
    """All blocks of all pages, on every Python, with -W error and the checks
    of -X dev (:data:`motw.engine.environment.STRICT`) and
    no cache: every page and sidecar comes out as committed."""
    env = {**os.environ, "MOTW_STRICT": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "motw", "cog", "--force", "-q", "--cache-dir", ".cache/strict"],
        cwd=repo_copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    different = []
    for path in sorted((repo_copy / "docs").rglob("*")):
        if path.suffix not in (".rst", ".txt") or not path.is_file():
            continue
        committed = (REPO / path.relative_to(repo_copy)).read_text()
        made = path.read_text()
        if made != committed:
            diff = difflib.unified_diff(
                committed.splitlines(keepends=True), made.splitlines(keepends=True), n=1
            )
            different.append(f"{path.relative_to(repo_copy)}:\n{''.join(diff)}")
    assert different == [], "transcripts differ under strict checks or between runs"
