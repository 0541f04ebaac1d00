"""The real thing end to end: the seed chapter, make targets, a Sphinx build."""

import re
import subprocess
import sys
from html import unescape as html_unescape
from pathlib import Path

import pytest

from conftest import REPO

SEED_BLOCKS = [
    ".. {{{cog\n"
    ".. cog.out(run_script(cog.inFile, 'asyncio_coroutine.py'))\n"
    ".. }}}\n"
    "\n::\n\n\t$ python3 asyncio_coroutine.py\n\t\n"
    "\tentering event loop\n\tin coroutine\n\tclosing event loop\n\n"
    ".. {{{end}}}\n",
    ".. {{{cog\n"
    ".. cog.out(run_script(cog.inFile, 'asyncio_coroutine_return.py'))\n"
    ".. }}}\n"
    "\n::\n\n\t$ python3 asyncio_coroutine_return.py\n\t\n"
    "\tin coroutine\n\tit returned: 'result'\n\n"
    ".. {{{end}}}\n",
    ".. {{{cog\n"
    ".. cog.out(run_script(cog.inFile, 'asyncio_coroutine_chain.py', line_break_mode='wrap'))\n"
    ".. }}}\n"
    "\n::\n\n\t$ python3 asyncio_coroutine_chain.py\n\t\n"
    "\tin outer\n\twaiting for result1\n\tin phase1\n\twaiting for result2\n"
    "\tin phase2\n\treturn value: ('result1', 'result2 derived from result1')\n\n"
    ".. {{{end}}}\n",
]
GENERATED = re.compile(r"(\.\. \}\}\}\n).*?(\.\. \{\{\{end\}\}\})", re.S)
SEED_PAGE = Path("docs/asyncio/coroutines.rst")


def test_seed_transcripts_are_byte_identical():
    text = (REPO / SEED_PAGE).read_text()
    blocks = re.findall(r"\.\. \{\{\{cog\n.*?\.\. \{\{\{end\}\}\}\n", text, re.S)
    assert blocks[:3] == SEED_BLOCKS


def test_a_real_pass_turns_blanked_transcripts_back_into_the_seeds(repo_copy):
    page = repo_copy / SEED_PAGE
    original = page.read_text()
    blanked = GENERATED.sub(r"\1\2", original)
    assert blanked.count("\t$ python3") == 0
    page.write_text(blanked)
    result = subprocess.run(
        [sys.executable, "-m", "motw", "cog", str(SEED_PAGE)],
        cwd=repo_copy,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert page.read_text() == original


@pytest.mark.slow
def test_make_cog_check_and_make_cog_on_a_copy(repo_copy, make):
    fresh = make(repo_copy, "cog-check")
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "are fresh" in fresh.stderr

    script = repo_copy / "source_examples/asyncio/asyncio_coroutine_return.py"
    script.write_text(script.read_text().replace("it returned:", "it gave back:"))
    before = {p: p.read_text() for p in (repo_copy / "docs").rglob("*.rst")}

    stale = make(repo_copy, "cog-check")
    assert stale.returncode != 0
    assert "docs/asyncio/coroutines.rst" in stale.stderr
    assert "the script asyncio_coroutine_return.py changed" in stale.stderr
    assert "-\tit returned: 'result'\n+\tit gave back: 'result'\n" in stale.stdout
    assert {p: p.read_text() for p in before} == before  # the check changed nothing

    cogged = make(repo_copy, "cog")
    assert cogged.returncode == 0, cogged.stderr
    # Only the edited script ran (once per Python): here, or already in the
    # check that showed the diff.
    assert re.search(r"\b[0-3] ran, \d+ from cache", cogged.stderr), cogged.stderr
    after = {p: p.read_text() for p in before}
    changed = [p for p in before if after[p] != before[p]]
    assert changed == [repo_copy / SEED_PAGE]
    old_lines = before[changed[0]].splitlines()
    new_lines = after[changed[0]].splitlines()
    differing = [(a, b) for a, b in zip(old_lines, new_lines, strict=True) if a != b]
    assert differing == [("\tit returned: 'result'", "\tit gave back: 'result'")]
    assert make(repo_copy, "cog-check").returncode == 0


def test_the_repository_transcripts_are_fresh():
    """What CI guards: nobody forgot to run 'make cog' (nothing is run)."""
    result = subprocess.run(
        [sys.executable, "-m", "motw", "check", "-q"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built with warnings as errors."""
    out = tmp_path_factory.mktemp("html")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            "-c",
            str(REPO),
            str(REPO / "docs"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return out


def code_blocks(html: str) -> list[str]:
    """The text of every <pre> block of a page, tags stripped."""
    return [
        html_unescape(re.sub(r"<[^>]+>", "", block))
        for block in re.findall(r"<pre>(.*?)</pre>", html, re.S)
    ]


@pytest.mark.slow
def test_sphinx_builds_the_chapter_with_scripts_and_transcripts(site):
    assert (site / "index.html").is_file()
    blocks = code_blocks((site / "asyncio" / "coroutines.html").read_text())
    transcripts = [block for block in blocks if block.startswith("$ python3 ")]
    scripts = [block for block in blocks if "import asyncio" in block]
    assert [block.splitlines()[0] for block in transcripts][:3] == [
        "$ python3 asyncio_coroutine.py",
        "$ python3 asyncio_coroutine_return.py",
        "$ python3 asyncio_coroutine_chain.py",
    ]
    assert transcripts[0].splitlines() == [
        "$ python3 asyncio_coroutine.py",
        "",
        "entering event loop",
        "in coroutine",
        "closing event loop",
    ]
    assert "return value: ('result1', 'result2 derived from result1')" in transcripts[2]
    assert len(scripts) >= 3
    for script in scripts:
        assert script.lstrip().startswith("import asyncio")
        for header_line in ("end_pymotw_header", "#!/usr/bin/env python3", "encoding: utf-8"):
            assert header_line not in script
    assert "async def outer" in scripts[2]
