"""Every block on every configured Python: the primary's output on the page,
the others beside it, the check covering all of them, missing ones told."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import motw
from motw.cogpass.sidecar import parse
from motw.cogpass.sidecar import path as sidecar_path
from motw.engine import interpreters
from motw.engine.interpreters import Interpreters

VERSIONS = ["3.13", "3.12", "3.11"]


def installed(version: str) -> bool:
    return Interpreters(Path("/nonexistent")).find(version) is not None


missing = [v for v in VERSIONS if not installed(v)]
pytestmark = pytest.mark.skipif(
    bool(missing), reason=f"needs CPython {', '.join(missing)} (pyenv install; or MOTW_PYTHON_3_X)"
)


@pytest.fixture
def multi(project):
    (project.root / "pyproject.toml").write_text(
        textwrap.dedent(
            """\
            [tool.motw]
            pythons = ["3.13", "3.12", "3.11"]
            """
        )
    )
    project.script("v", "v_version.py", "import sys\nprint(sys.version_info[:2])\n")
    project.script("v", "v_same.py", "print('the same everywhere')\n")
    project.script("v", "v_new.py", "import itertools\nprint(list(itertools.batched('abcd', 2)))\n")
    project.page(
        "v",
        "index.rst",
        "run_script(cog.inFile, 'v_version.py')",
        "run_script(cog.inFile, 'v_same.py')",
        "run_script(cog.inFile, 'v_new.py', python='>=3.12')",
    )
    return project


def page(project):
    return project.root / "docs" / "v" / "index.rst"


def test_the_page_shows_the_primary_and_the_sidecar_the_others(multi, cli):
    status, _, err = cli("cog")
    assert status == 0, err
    text = page(multi).read_text()
    assert "\t(3, 13)\n" in text
    assert "\t[('a', 'b'), ('c', 'd')]\n" in text
    blocks = parse(sidecar_path(page(multi)).read_text())
    version, same, new = blocks
    assert version.label == "v_version.py"
    assert (
        version.outputs["3.12"].kind == "differs" and "\t(3, 12)\n" in version.outputs["3.12"].text
    )
    assert (
        version.outputs["3.11"].kind == "differs" and "\t(3, 11)\n" in version.outputs["3.11"].text
    )
    assert {v: o.kind for v, o in same.outputs.items()} == {"3.12": "same", "3.11": "same"}
    assert new.outputs["3.12"].kind == "same"
    assert new.outputs["3.11"].kind == "needs" and new.outputs["3.11"].needs == "3.12"
    lock = json.loads((multi.root / "docs" / "v" / "transcripts.lock").read_text())
    record = lock["pages"]["index.rst"]
    assert [version for version, _ in record["pythons"]] == VERSIONS
    assert record["blocks"][2]["runs"][0]["on"]["3.11"] is None  # not run there


def test_a_version_bounded_block_is_not_run_on_older_pythons(multi, cli, spawned):
    cli("cog", "-j", "1")
    assert spawned.count("python3 v_new.py") == 2  # 3.13 and 3.12 only
    assert spawned.count("python3 v_same.py") == 3


def test_the_check_covers_every_python_without_running(multi, cli, spawned):
    cli("cog")
    spawned.clear()
    assert cli("check")[0] == 0
    sidecar = sidecar_path(page(multi))
    sidecar.write_text(sidecar.read_text().replace("(3, 12)", "(3, 99)"))
    status, out, err = cli("check")
    assert status == 1
    assert "index.versions.txt is not the file generated" in err
    assert "-  \t(3, 12)\n" in out or "+  \t(3, 12)\n" in out  # the diff shows the sidecar
    assert all("v_version" in c for c in spawned) or spawned == []


def test_a_stale_output_on_one_python_is_caught(multi, cli, monkeypatch):
    cli("cog")
    import dataclasses

    real = Interpreters.find

    def upgraded(self, version):
        found = real(self, version)
        if found and version == "3.12":
            return dataclasses.replace(found, implementation="pypy 3.12.1")
        return found

    monkeypatch.setattr(Interpreters, "find", upgraded)
    status, _, err = cli("check", "--no-diff")
    assert status == 1
    assert "Python 3.12 changed (cpython 3.12.1 -> pypy 3.12.1)" in err


def test_a_missing_python_is_told_and_its_outputs_kept(multi, cli, monkeypatch):
    assert cli("cog")[0] == 0
    sidecar = sidecar_path(page(multi)).read_text()
    monkeypatch.setenv("MOTW_PYTHON_3_12", "/nonexistent/python3.12")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("MOTW_REQUIRE_ALL_PYTHONS", raising=False)
    status, _, err = cli("check")
    assert status == 0, err
    assert "Python 3.12 not found here" in err and "$MOTW_PYTHON_3_12" in err
    assert "not verified on Python 3.12" in err
    # A changed script: the available Pythons regenerate, 3.12's record stays.
    script = multi.root / "source_examples" / "v" / "v_same.py"
    script.write_text("print('changed')\n")
    status, _, err = cli("cog")
    assert status == 0, err
    assert "\tchanged\n" in page(multi).read_text()
    kept = parse(sidecar_path(page(multi)).read_text())
    assert kept[0].outputs["3.12"] == parse(sidecar)[0].outputs["3.12"]
    monkeypatch.setenv("CI", "true")
    status, _, err = cli("check")
    assert status == 1
    assert "every configured Python is required in CI" in err


def test_without_the_primary_nothing_stale_is_rewritten(multi, cli, monkeypatch):
    cli("cog")
    monkeypatch.setenv("MOTW_PYTHON_3_13", "/nonexistent/python3.13")
    monkeypatch.delenv("CI", raising=False)
    script = multi.root / "source_examples" / "v" / "v_same.py"
    script.write_text("print('changed')\n")
    before = page(multi).read_text()
    status, _, err = cli("cog")
    assert status == 1
    assert "cannot regenerate: the primary Python is missing" in err
    assert page(multi).read_text() == before


# -- Five Pythons, and patch releases --------------------------------------

FIVE = ["3.15", "3.14", "3.13", "3.12", "3.11"]
five_missing = [v for v in FIVE if not installed(v)]
needs_five = pytest.mark.skipif(
    bool(five_missing),
    reason=f"needs CPython {', '.join(five_missing)} (make provisions 3.13-3.15)",
)


@pytest.fixture
def five(project):
    (project.root / "pyproject.toml").write_text(
        '[tool.motw]\npythons = ["3.15", "3.14", "3.13", "3.12", "3.11"]\n'
    )
    project.script(
        "f", "f_new.py", "import sys\nprint('new' if sys.version_info >= (3, 15) else 'old')\n"
    )
    project.script("f", "f_bound.py", "print('declared for 3.14 and later')\n")
    (project.root / "docs" / "f").mkdir(parents=True)
    project.page(
        "f",
        "index.rst",
        "run_script(cog.inFile, 'f_new.py')",
        "run_script(cog.inFile, 'f_bound.py', python='>=3.14')",
    )
    return project


@needs_five
def test_a_page_that_differs_only_on_315_shows_315_first(five, cli, spawned, tmp_path):
    status, _, err = cli("cog", "-j", "1")
    assert status == 0, err
    assert "\tnew\n" in (five.root / "docs/f/index.rst").read_text()  # the primary's
    new, bound = parse(sidecar_path(five.root / "docs/f/index.rst").read_text())
    assert {v: o.kind for v, o in new.outputs.items()} == dict.fromkeys(FIVE[1:], "differs")
    assert "\told\n" in new.outputs["3.14"].text
    # A >=3.14 block runs on 3.15 and 3.14 only.
    assert spawned.count("python3 f_bound.py") == 2
    assert {v: o.kind for v, o in bound.outputs.items()} == {
        "3.14": "same",
        "3.13": "needs",
        "3.12": "needs",
        "3.11": "needs",
    }
    # The site: five tabs, 3.15 first and selected.
    (five.root / "docs" / "conf.py").write_text(
        'extensions = ["motw.site"]\nexclude_patterns = ["**/transcripts.lock"]\n'
    )
    (five.root / "docs" / "index.rst").write_text("Home\n====\n\n.. toctree::\n\n   f/index\n")
    from sphinx.cmd.build import build_main

    out = tmp_path / "html"
    assert build_main(["-q", "-b", "html", str(five.root / "docs"), str(out)]) == 0
    html = (out / "f" / "index.html").read_text()
    tabs = re.findall(r'role="tab"[^>]*aria-selected="(\w+)"[^>]*>(.*?)</button>', html, re.S)
    first_block = tabs[:5]
    assert [re.sub(r"<[^>]+>|\s", "", label) for _, label in first_block][0].endswith("3.15")
    assert [selected for selected, _ in first_block] == ["true"] + ["false"] * 4


@needs_five
def test_the_check_names_transcripts_made_by_an_older_patch_release(five, cli, monkeypatch):
    """Record with an older 3.13 (pyenv's 3.13.0), then let the newest win.
    The Python running the tests is left out: in nox's 3.13 session it is
    a virtual environment whose packages differ, a change of its own."""
    monkeypatch.setattr(interpreters, "running", lambda: ("0.0", sys.executable))
    winner = Interpreters(Path("/nonexistent")).base("3.13")
    assert winner is not None
    passed = [p for p in installed_313() if p[0] != winner[1] and p[1] != winner[1]]
    if not passed:
        pytest.skip("only one release of 3.13 is installed here (make provisions 3.13.18)")
    old_path, old_release = passed[0]
    monkeypatch.setenv("MOTW_PYTHON_3_13", old_path)
    assert cli("cog")[0] == 0
    monkeypatch.delenv("MOTW_PYTHON_3_13")
    status, _, err = cli("check", "--no-diff")
    assert status == 0, err
    notice = [line for line in err.splitlines() if line.startswith("warning: older release:")]
    assert len(notice) == 1, err
    assert f"index.rst: made by CPython {old_release}, and CPython 3.13." in notice[0]
    assert notice[0].endswith("'make cog' refreshes it")
    status, _, err = cli("cog")
    assert status == 0, err
    lock = json.loads((five.root / "docs/f/transcripts.lock").read_text())
    recorded = dict(lock["pages"]["index.rst"]["pythons"])
    assert recorded["3.13"] != f"cpython {old_release}"
    status, _, err = cli("check", "--no-diff")
    assert status == 0 and "older release" not in err


def installed_313() -> list[tuple[str, str]]:
    """(path, release) of every 3.13 installation found here."""
    from motw.engine.interpreters import installations

    finder = Interpreters(Path("/nonexistent"))
    found = []
    for _, path in installations("3.13"):
        described = finder.describe(path) if os.path.isfile(path) else None
        if described and not described[5]:
            found.append((path, described[1]))
    return found


@pytest.mark.parametrize(
    "text", ["two\nlines\n", "no newline at the end", "crlf\r\nline\r\n", "form\x0cfeed\n", ""]
)
def test_a_sidecar_block_made_by_a_pass_is_the_one_read_back(text):
    """The lock records digests of the sidecar's blocks as the pass made
    them; they must be those of the file as read back."""
    from motw.cogpass.sidecar import DIFFERS, BlockVersions, Output, render

    made = [BlockVersions(1, "x.py", {"3.12": Output(DIFFERS, text)})]
    assert parse(render("index.rst", "3.13", made)) == made
    assert parse(render("index.rst", "3.13", made))[0].outputs["3.12"].digest == (
        made[0].outputs["3.12"].digest
    )


@needs_five
def test_a_cleanup_is_described_alike_on_every_python():
    """The digest of a block's formatting options names its cleanups; it
    must not depend on the Python that runs the pass or the check."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from motw.engine.cleanups import DEFAULT_CLEANUPS, describe, substitute;"
        "print([describe(c) for c in (*DEFAULT_CLEANUPS, substitute('a', 'b'))])"
    )
    finder = Interpreters(Path("/nonexistent"))
    seen = {}
    for version in FIVE:
        found = finder.base(version)
        assert found is not None
        ran = subprocess.run(
            [found[1], "-I", "-c", code, str(Path(motw.__file__).parent.parent)],
            capture_output=True,
            text=True,
            check=True,
        )
        seen[version] = ran.stdout
    assert len(set(seen.values())) == 1, seen
