"""The asyncio chapter: complete, consistent, and every script clean."""

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import pytest

from conftest import REPO

CHAPTER = REPO / "docs" / "asyncio"
EXAMPLES = REPO / "source_examples" / "asyncio"
INCLUDE = re.compile(r"^\.\. literalinclude:: \.\./\.\./source_examples/asyncio/(\S+)$", re.M)
COG_CALL = re.compile(r"^\.\. .*run_script\(cog\.inFile, '([^']+)'(.*)$", re.M)
# asyncio's debug mode (which -X dev turns on) logs callbacks slower than
# 0.1 s; on a loaded test machine any script can trip it, so those log
# lines are not failures of the script.
SLOW_CALLBACK = re.compile(r"^Executing <.*> took \d+\.\d+ seconds$", re.M)

SCRIPTS = sorted(path.name for path in EXAMPLES.glob("*.py"))


def pages():
    return sorted(CHAPTER.glob("*.rst"))


@cache
def cog_calls() -> dict[str, str]:
    """Script name -> the rest of its run_script call line."""
    calls = {}
    for page in pages():
        for name, rest in COG_CALL.findall(page.read_text()):
            calls[name.split()[0]] = rest
    return calls


def test_every_page_is_in_the_chapter_toctree():
    index = (CHAPTER / "index.rst").read_text()
    toctree = index.split(".. toctree::", 1)[1]
    listed = re.findall(r"^   (\w+)$", toctree, re.M)
    assert sorted(listed) == sorted(p.stem for p in pages() if p.stem != "index")
    assert len(listed) >= 16


def test_every_included_script_exists_and_every_script_is_shown_and_run():
    included = [name for page in pages() for name in INCLUDE.findall(page.read_text())]
    assert len(included) == len(set(included)), "a script is shown twice"
    assert sorted(included) == [name for name in SCRIPTS if name in included]
    helpers = {name for name in SCRIPTS if name not in included}
    # Helper modules (imported by examples) need not be shown on their own.
    for name in helpers:
        stem = name[:-3]
        assert any(stem in (EXAMPLES / s).read_text() for s in included), (
            f"{name} is neither shown in a page nor used by an example"
        )
    assert set(included) <= set(cog_calls()), "a shown script has no transcript"
    assert len(included) >= 60


def test_no_output_is_pasted_by_hand():
    for page in pages():
        text = page.read_text()
        outside_cog = re.sub(r"\.\. \{\{\{cog\n.*?\.\. \{\{\{end\}\}\}\n", "", text, flags=re.S)
        assert "\t$ python3" not in outside_cog, page.name
        assert "$ python3" not in outside_cog.replace("``$ python3", ""), page.name


@cache
def run_all() -> dict[str, subprocess.CompletedProcess]:
    def run(name):
        return subprocess.run(
            [sys.executable, "-X", "dev", "-W", "error", name],
            cwd=EXAMPLES,
            capture_output=True,
            text=True,
            timeout=60,
            env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"},
        )

    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(SCRIPTS, pool.map(run, SCRIPTS), strict=True))


@pytest.mark.slow
@pytest.mark.parametrize("name", SCRIPTS)
def test_script_runs_clean_in_dev_mode_with_warnings_as_errors(name):
    result = run_all()[name]
    expected_failure = "ignore_error=True" in cog_calls().get(name, "")
    stderr = SLOW_CALLBACK.sub("", result.stderr).strip()
    if expected_failure:
        assert result.returncode != 0 or stderr, f"{name} is marked ignore_error but runs clean"
    else:
        assert result.returncode == 0, result.stdout + result.stderr
        assert stderr == "" or "expect" in cog_calls().get(name, ""), stderr


def test_no_deprecated_asyncio_apis():
    banned = {
        r"\bget_event_loop\(\)": "asyncio.get_event_loop() outside a running loop",
        r"@asyncio\.coroutine": "generator-based coroutines",
        r"\bloop=": "the loop= argument",
        r"_event_loop_policy\(": "event loop policies (deprecated in 3.14)",
        r"asyncio\.iscoroutinefunction": "asyncio.iscoroutinefunction (deprecated in 3.14)",
        r"utcnow\(\)": "datetime.utcnow()",
    }
    for name in SCRIPTS:
        code = (EXAMPLES / name).read_text().split("#end_pymotw_header", 1)[-1]
        for pattern, what in banned.items():
            assert not re.search(pattern, code), f"{name} uses {what}"
