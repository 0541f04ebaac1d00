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
from motw.authoring import preview, scaffold
from motw.cli import main as motw_main

CALL = "run_script(cog.inFile, {!r})"
STATE = Path(".cache/preview/state.json")


@pytest.fixture
def ran(spawned) -> list[str]:
    """The commands the cog pass runs, in order."""
    return spawned


def cogged(project, ran, capsys):
    """*project* cogged, and a first sync that records the sources."""
    assert motw_main(["cog", "-q"]) == 0
    assert preview.sync(STATE) == 0
    ran.clear()
    capsys.readouterr()
    return project


@pytest.fixture
def chapter(project, ran, capsys):
    """Two chapters: scripts, a helper module, data files read and not."""
    project.script("demo", "a.py", "import helper\nprint('a says', helper.WORD)\n")
    project.script("demo", "helper.py", "WORD = 'hi'\n")
    project.script("demo", "b.py", "print('b')\n")
    project.script("other", "c.py", "print('c')\n")
    project.script("other", "reader.py", "print(open('data.txt').read().strip())\n")
    (project.root / "source_examples/other/data.txt").write_text("some data\n")
    (project.root / "source_examples/other/notes.txt").write_text("read by nobody\n")
    project.page("demo", "one.rst", CALL.format("a.py"))
    project.page("demo", "two.rst", CALL.format("b.py"))
    project.page("other", "index.rst", CALL.format("c.py"))
    project.page("other", "data.rst", CALL.format("reader.py"))
    return cogged(project, ran, capsys)


def pages(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*.rst"))}


def rewritten(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return [name for name in after if before.get(name) != after[name]]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_the_first_sync_only_records_what_is_there(project, ran, cli):
    project.script("demo", "a.py", "print('a')\n")
    page = project.page("demo", "index.rst", CALL.format("a.py"))
    before = page.read_text()
    assert cli("sync", "--state", str(STATE)) == (0, "preview: watching 2 source file(s)\n", "")
    assert preview.load_state(STATE) == preview.snapshot()
    assert ran == [] and page.read_text() == before


def test_an_unreadable_state_file_counts_as_the_first_sync(chapter, ran, capsys):
    STATE.write_text("{not json")
    edit(chapter.root / "source_examples/demo/b.py", "'b'", "'b, edited'")
    assert preview.sync(STATE) == 0
    assert ran == []  # nothing is known to have changed since the last build
    assert capsys.readouterr().out == "preview: watching 11 source file(s)\n"
    assert preview.load_state(STATE) == preview.snapshot()


def test_what_the_preview_watches(chapter):
    """The pages and every file of the example folders, but no caches or
    hidden files; paths from the project root."""
    examples = chapter.root / "source_examples/demo"
    (examples / "__pycache__").mkdir()
    (examples / "__pycache__" / "helper.cpython-311.pyc").write_bytes(b"")
    (examples / ".a.py.swp").write_text("")
    (chapter.root / "docs/demo/transcripts.lock").touch()
    assert sorted(preview.snapshot()) == [
        "docs/demo/one.rst",
        "docs/demo/two.rst",
        "docs/other/data.rst",
        "docs/other/index.rst",
        "source_examples/demo/a.py",
        "source_examples/demo/b.py",
        "source_examples/demo/helper.py",
        "source_examples/other/c.py",
        "source_examples/other/data.txt",
        "source_examples/other/notes.txt",
        "source_examples/other/reader.py",
    ]


def test_a_saved_script_re_runs_only_the_pages_that_use_it(chapter, ran, capsys):
    root = chapter.root
    before = pages(root)
    edit(root / "source_examples/demo/b.py", "'b'", "'b, edited'")
    assert preview.sync(STATE) == 0
    assert ran == ["python3 b.py"]
    after = pages(root)
    assert rewritten(before, after) == ["docs/demo/two.rst"]
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


def test_a_saved_data_file_re_runs_the_scripts_that_read_it(chapter, ran, capsys):
    before = pages(chapter.root)
    (chapter.root / "source_examples/other/data.txt").write_text("new data\n")
    assert preview.sync(STATE) == 0
    assert ran == ["python3 reader.py"]
    after = pages(chapter.root)
    assert rewritten(before, after) == ["docs/other/data.rst"]
    assert "\tnew data\n" in after["docs/other/data.rst"]
    assert "re-running the cog pass on docs/other/data.rst\n" in capsys.readouterr().out


def test_an_unrelated_data_file_re_runs_nothing(chapter, ran, capsys):
    before = pages(chapter.root)
    (chapter.root / "source_examples/other/notes.txt").write_text("edited\n")
    (chapter.root / "source_examples/demo/new.txt").write_text("read by nobody either\n")
    assert preview.sync(STATE) == 0
    assert ran == [] and pages(chapter.root) == before
    out = capsys.readouterr().out
    assert out == (
        "preview: no transcript uses source_examples/demo/new.txt, "
        "source_examples/other/notes.txt\n"
    )


def test_a_script_used_by_two_pages_re_runs_both(chapter, ran):
    chapter.page("demo", "three.rst", CALL.format("b.py"))
    assert motw_main(["cog", "-q", "docs/demo/three.rst"]) == 0
    preview.sync(STATE)  # the new page is seen, and is current: nothing runs
    ran.clear()
    edit(chapter.root / "source_examples/demo/b.py", "'b'", "'b, edited'")
    preview.sync(STATE)
    assert set(ran) == {"python3 b.py"}  # the pages run at once: maybe once for each
    for name in ("two.rst", "three.rst"):
        assert "\tb, edited\n" in (chapter.root / "docs/demo" / name).read_text()


@pytest.fixture
def watchers(project, ran, capsys):
    """Runs that see more than the files they open: a folder listing, and a
    shell command the tracer cannot follow (it may see every file)."""
    project.script("listing", "lister.py", "import os\nprint(sorted(os.listdir('.')))\n")
    project.script(
        "opaque",
        "shell.py",
        "import subprocess\nsubprocess.run(['cat', 'data.txt'], check=True)\n",
    )
    (project.root / "source_examples/opaque/data.txt").write_text("catted\n")
    project.page("listing", "index.rst", CALL.format("lister.py"))
    project.page("opaque", "index.rst", CALL.format("shell.py"))
    return cogged(project, ran, capsys)


def test_a_new_file_re_runs_the_scripts_that_list_its_folder(watchers, ran):
    (watchers.root / "source_examples/listing/new.txt").write_text("new\n")
    (watchers.root / "source_examples/opaque/new.txt").write_text("new\n")
    preview.sync(STATE)
    assert sorted(ran) == ["python3 lister.py", "python3 shell.py"]
    assert "'lister.py', 'new.txt'" in (watchers.root / "docs/listing/index.rst").read_text()


def test_an_edit_that_a_listing_cannot_show_re_runs_nothing(watchers, ran):
    (watchers.root / "source_examples/listing/sub").mkdir()
    (watchers.root / "source_examples/listing/sub/old.txt").write_text("old\n")
    preview.sync(STATE)
    ran.clear()
    (watchers.root / "source_examples/listing/sub/old.txt").write_text("edited\n")
    preview.sync(STATE)
    assert ran == []


def test_a_file_in_a_new_folder_re_runs_the_scripts_that_list_its_parent(watchers, ran):
    (watchers.root / "source_examples/listing/sub").mkdir()
    (watchers.root / "source_examples/listing/sub/new.txt").write_text("new\n")
    preview.sync(STATE)
    assert ran == ["python3 lister.py"]


def test_a_page_without_lock_records_counts_as_a_user(chapter, ran, capsys):
    (chapter.root / "docs/demo/transcripts.lock").unlink()
    edit(chapter.root / "source_examples/demo/b.py", "'b'", "'b, edited'")
    preview.sync(STATE)
    shown = "re-running the cog pass on docs/demo/one.rst, docs/demo/two.rst\n"
    assert shown in capsys.readouterr().out  # nothing says which scripts one.rst uses
    assert ran == ["python3 b.py"]  # a.py is unchanged: its result is in the cache
    assert (chapter.root / "docs/demo/transcripts.lock").is_file()
    assert "\tb, edited\n" in (chapter.root / "docs/demo/two.rst").read_text()


@pytest.mark.parametrize("shared_cache", [False, True], ids=["default", "MOTW_CACHE_DIR"])
def test_the_page_s_other_scripts_come_from_the_cache_of_motw_cog(
    project, ran, capsys, monkeypatch, tmp_path, shared_cache
):
    if shared_cache:
        monkeypatch.setenv("MOTW_CACHE_DIR", str(tmp_path / "elsewhere" / "transcripts"))
    project.script("demo", "a.py", "print('a')\n")
    project.script("demo", "b.py", "print('b')\n")
    page = project.page("demo", "index.rst", CALL.format("a.py"), CALL.format("b.py"))
    cogged(project, ran, capsys)
    edit(project.root / "source_examples/demo/a.py", "'a'", "'a, edited'")
    preview.sync(STATE)
    assert ran == ["python3 a.py"]
    assert "\ta, edited\n" in page.read_text() and "\tb\n" in page.read_text()
    assert (project.root / ".cache/transcripts").exists() is not shared_cache


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
    assert pre_build == f"{sys.executable} -m motw sync --state state.json"
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
        ("/p/docs/demo/index.versions.txt", True),  # the other Pythons' transcripts
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
def test_serving_beyond_this_machine_is_refused(host, cli):
    status, _, err = cli("serve", "--host", host)
    assert status == 2
    assert f"error: refusing to serve on {host}" in err


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.1.1", "localhost", "::1"])
def test_this_machine_is_served(host):
    assert not preview.host_is_public(host)


@pytest.mark.parametrize("options", [[], ["--"], ["--", "-q", "-j", "2"]])
def test_serve_records_the_sources_then_becomes_sphinx_autobuild(
    chapter, cli, monkeypatch, options
):
    page = chapter.root / "docs/demo/two.rst"
    page.write_text(page.read_text() + "\n" + chapter_block("b.py"))  # saved before serving
    execs = []
    monkeypatch.setattr(os, "execv", lambda path, argv: execs.append((path, argv)))
    status, out, _ = cli("serve", "--port", "8123", *options)
    assert status == 0
    state = Path(".cache/preview/sources-8123.json")
    command = preview.serve_command("127.0.0.1", 8123, Path("build/preview"), state, options[1:])
    assert execs == [(sys.executable, command)]
    assert preview.load_state(state) == preview.snapshot()
    assert out == (
        "preview: 1 page(s) may have stale transcripts until their scripts are saved "
        "or 'make cog' runs: docs/demo/two.rst\n"
        "preview: http://127.0.0.1:8123/ (Ctrl+C stops it)\n"
    )


def test_serving_without_sphinx_autobuild_says_how_to_get_it(chapter, cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "sphinx_autobuild", None)  # import fails
    monkeypatch.setattr(os, "execv", lambda *args: pytest.fail("served"))
    status, out, err = cli("serve")
    assert (status, out) == (1, "")
    assert err.startswith("error: sphinx-autobuild is not installed; run 'make venv'")


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
        cwd=site,
        check=True,
        timeout=60,
    )
    port = free_port()
    url = f"http://127.0.0.1:{port}/colorsys/index.html"
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            # -o: never reinstall the shared .venv, nor create .venvs/ in the copy
            ["make", "--no-print-directory", "-o", ".venv/.installed", "-o", "envs"]
            + ["serve", f"PORT={port}"],
            cwd=site,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, stopped as one
        )

    def logged(text: str) -> int:
        return log_path.read_text().count(text)

    try:
        wait_for(lambda: "colorsys is imported from colorsys" in fetch(url), 60, "the page")

        # Saving a script: its transcript changes in the served page.
        saved = time.monotonic()
        edit(
            site / "source_examples/colorsys/colorsys_first.py",
            "print('colorsys is imported from', colorsys.__name__)",
            "print('edited by the test:', colorsys.__name__)",
        )
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
        edit(
            site / "docs/colorsys/index.rst",
            "TODO: say what the example shows.",
            "Prose saved by the test.",
        )
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
