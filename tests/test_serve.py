"""``make serve``: what a save re-runs, and the live preview end to end."""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from chapter_site import free_port, make_site
from motw import preview, scaffold
from motw.cli import main as motw_main

CALL = "run_script(cog.inFile, {!r})"
STATE = Path(".cache/preview/state.json")


@pytest.fixture
def ran(spawned) -> list[str]:
    """The commands the cog pass runs, in order."""
    return spawned


@pytest.fixture
def chapter(project, ran, capsys):
    """Two chapters, cogged, and a first sync that records the sources."""
    project.script("demo", "a.py", "import helper\nprint('a says', helper.WORD)\n")
    project.script("demo", "helper.py", "WORD = 'hi'\n")
    project.script("demo", "b.py", "print('b')\n")
    project.script("other", "c.py", "print('c')\n")
    project.page("demo", "one.rst", CALL.format("a.py"))
    project.page("demo", "two.rst", CALL.format("b.py"))
    project.page("other", "index.rst", CALL.format("c.py"))
    assert motw_main(["cog", "-q"]) == 0
    assert preview.sync(STATE) == 0
    ran.clear()
    capsys.readouterr()
    return project


def pages(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*.rst"))}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_the_first_sync_only_records_what_is_there(project, ran):
    project.script("demo", "a.py", "print('a')\n")
    page = project.page("demo", "index.rst", CALL.format("a.py"))
    before = page.read_text()
    assert preview.sync(STATE) == 0
    assert STATE.is_file()
    assert ran == [] and page.read_text() == before


def test_a_saved_script_re_runs_only_the_pages_that_use_it(chapter, ran, capsys):
    root = chapter.root
    before = pages(root)
    edit(root / "source_examples/demo/b.py", "'b'", "'b, edited'")
    assert preview.sync(STATE) == 0
    assert ran == ["python3 b.py"]
    after = pages(root)
    assert [name for name in before if before[name] != after[name]] == ["docs/demo/two.rst"]
    assert "\tb, edited\n" in after["docs/demo/two.rst"]
    assert "re-running the cog pass on docs/demo/two.rst" in capsys.readouterr().out


def test_the_sync_after_a_cog_finds_nothing_to_do(chapter, ran):
    """What keeps saving from looping: the rewritten page is not a new save."""
    edit(chapter.root / "source_examples/demo/b.py", "'b'", "'b, edited'")
    preview.sync(STATE)
    page = chapter.root / "docs/demo/two.rst"
    written = page.stat().st_mtime_ns
    ran.clear()
    state = STATE.read_text()
    for _ in range(2):
        assert preview.sync(STATE) == 0
    assert ran == []
    assert page.stat().st_mtime_ns == written  # not even rewritten unchanged
    assert STATE.read_text() == state


def test_a_saved_helper_module_re_runs_the_scripts_that_import_it(chapter, ran):
    edit(chapter.root / "source_examples/demo/helper.py", "'hi'", "'hello'")
    preview.sync(STATE)
    assert ran == ["python3 a.py"]
    assert "\ta says hello\n" in (chapter.root / "docs/demo/one.rst").read_text()


def test_a_script_no_page_uses_runs_nothing(chapter, ran, capsys):
    before = pages(chapter.root)
    chapter.script("demo", "d.py", "print('d')\n")
    preview.sync(STATE)
    assert ran == [] and pages(chapter.root) == before
    assert "no transcript uses source_examples/demo/d.py" in capsys.readouterr().out


def test_a_saved_page_is_cogged_only_when_its_blocks_changed(chapter, ran):
    page = chapter.root / "docs/demo/two.rst"
    edit(page, "Intro.", "A better introduction.")
    preview.sync(STATE)
    assert ran == []  # prose only: Sphinx rebuilds it, nothing to run
    chapter.script("demo", "e.py", "print('e')\n")
    preview.sync(STATE)
    page.write_text(page.read_text() + "\n" + chapter_block("e.py"))
    preview.sync(STATE)
    assert ran == ["python3 e.py"]
    assert "\t$ python3 e.py\n\t\n\te\n" in page.read_text()


def chapter_block(name: str) -> str:
    return f".. {{{{{{cog\n.. cog.out({CALL.format(name)})\n.. }}}}}}\n.. {{{{{{end}}}}}}\n"


def test_a_failing_script_is_reported_and_the_build_goes_on(chapter, capsys):
    page = chapter.root / "docs/demo/two.rst"
    before = page.read_text()
    edit(chapter.root / "source_examples/demo/b.py", "print('b')", "raise SystemExit(3)")
    assert preview.sync(STATE) == 0  # Sphinx still builds the other edits
    assert page.read_text() == before
    captured = capsys.readouterr()
    assert "b.py exited with status 3" in captured.err
    assert "the page shows its last good transcripts" in captured.out


def test_the_server_is_sphinx_autobuild_on_this_machine_only():
    command = preview.serve_command(
        "127.0.0.1", 8123, Path("build/preview"), Path("state.json"), ["-q"]
    )
    assert command[:3] == [sys.executable, "-m", "sphinx_autobuild"]
    text = " ".join(command)
    assert "--host 127.0.0.1 --port 8123" in text
    assert "--watch source_examples --watch conf.py" in text
    pre_build = command[command.index("--pre-build") + 1]
    assert pre_build.endswith("-m motw.preview sync --state state.json")
    assert command[-5:] == ["-c", ".", "docs", "build/preview", "-q"]


@pytest.mark.parametrize(
    "path, ignored",
    [
        ("/p/docs/demo/.index.rst.k3j2h1x0", True),  # atomic_write's temporary
        ("/p/docs/demo/.index.rst.swp", True),
        ("/p/docs/demo/index.rst~", True),
        ("/p/docs/demo/4913", True),
        ("/p/docs/demo/index.rst___jb_tmp___", True),
        ("/p/docs/demo/transcripts.lock", True),
        ("/p/source_examples/demo/__pycache__/a.cpython-311.pyc", True),
        ("/p/docs/demo/index.rst", False),
        ("/p/source_examples/demo/a.py", False),
        ("/p/source_examples/demo/data.txt", False),
        ("/home/me/.local/src/motw/docs/demo/index.rst", False),
    ],
)
def test_what_the_watcher_ignores(path, ignored):
    assert any(re.search(pattern, path) for pattern in preview.IGNORED) is ignored


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org"])
def test_serving_beyond_this_machine_is_refused(host, capsys):
    assert preview.main(["serve", "--host", host]) == 2
    assert "refusing to serve" in capsys.readouterr().err


# -- the live preview, end to end -------------------------------------------------


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError, http.client.HTTPException):
        return ""  # not served yet, or caught while Sphinx rewrites the file


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.mark.slow
def test_live_preview_follows_saved_scripts_and_pages_without_looping(tmp_path):
    site = make_site(tmp_path / "site")
    scaffold.create(site, "colorsys", "Color Systems")
    subprocess.run(
        [sys.executable, "-m", "motw", "cog", "-q", "docs/colorsys"],
        cwd=site, check=True, timeout=60,
    )
    port = free_port()
    url = f"http://127.0.0.1:{port}/colorsys/index.html"
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            ["make", "--no-print-directory", "-o", ".venv/.installed", "serve", f"PORT={port}"],
            cwd=site, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, stopped as one
        )

    def logged(text: str) -> int:
        return log_path.read_text().count(text)

    try:
        wait_for(lambda: "colorsys is imported from colorsys" in fetch(url), 60, "the page")

        # Saving a script: its transcript changes in the served page.
        saved = time.monotonic()
        edit(site / "source_examples/colorsys/colorsys_first.py",
             "print('colorsys is imported from', colorsys.__name__)",
             "print('edited by the test:', colorsys.__name__)")
        wait_for(lambda: "edited by the test: colorsys" in fetch(url), 30, "the new output")
        seconds = time.monotonic() - saved
        assert "edited by the test: colorsys" in (site / "docs/colorsys/index.rst").read_text()

        # The page the cog pass rewrote builds once more, then all is quiet.
        def quiet():
            builds = logged("Serving on")
            time.sleep(3)
            return builds == logged("Serving on")

        wait_for(quiet, 30, "the rebuilds to stop")
        assert logged("preview: re-running the cog pass on docs/colorsys/index.rst") == 1
        assert logged("Detected changes") <= 2

        # Saving a page: Sphinx rebuilds it, nothing is run.
        edit(site / "docs/colorsys/index.rst",
             "TODO: say what the example shows.", "Prose saved by the test.")
        wait_for(lambda: "Prose saved by the test." in fetch(url), 30, "the new prose")
        wait_for(quiet, 30, "the rebuilds to stop")
        assert logged("preview: re-running the cog pass") == 1
        print(f"script saved -> page served in {seconds:.1f} s")
    finally:
        os.killpg(server.pid, signal.SIGINT)  # Ctrl+C, as a person stops it
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=15)
    assert fetch(url) == ""  # the server is gone
