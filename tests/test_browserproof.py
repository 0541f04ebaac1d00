"""The browser proof (motw prove-browser): each example run under Pyodide in
Node and labelled same, differs or cannot run; recorded in browser.lock,
stale when what it depends on changes, cached."""

from __future__ import annotations

import json

import pytest

from conftest import REPO, Project
from motw.cogpass import browserproof
from motw.engine.pyodide import find_pyodide, run_session

PYODIDE = find_pyodide(REPO)
pytestmark = pytest.mark.skipif(
    PYODIDE is None, reason="Pyodide or Node is missing: run 'npm ci' (CI installs it)"
)

MAKE_DB = """\
import sqlite3
con = sqlite3.connect('notes.db')
con.execute('CREATE TABLE note (text TEXT)')
con.executemany('INSERT INTO note VALUES (?)', [('tea',), ('cake',)])
con.commit()
print('made notes.db')
"""
READ_DB = """\
import sqlite3
con = sqlite3.connect('notes.db')
print(sorted(row[0] for row in con.execute('SELECT text FROM note')))
"""
PLATFORM = """\
import sys
print('running on', sys.platform)
"""
THREAD = """\
import threading
worker = threading.Thread(target=print, args=('from a thread',))
worker.start()
worker.join()
"""
CALL = "run_script(cog.inFile, '{}')"


class Recording:
    """run_session, counting the sessions it really runs."""

    def __init__(self):
        self.sessions = 0

    def __call__(self, pyodide, job, timeout):
        self.sessions += 1
        return run_session(pyodide, job, timeout)


@pytest.fixture(scope="module")
def proved(tmp_path_factory):
    """A chapter made by a real cog pass, then proved once."""
    from motw.cli import main

    root = tmp_path_factory.mktemp("proof")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        patch.delenv("MOTW_CACHE_DIR", raising=False)
        project = Project(root)
        # The primary and the Python Pyodide is, whose transcripts the proof compares with.
        (root / "pyproject.toml").write_text('[tool.motw]\npythons = ["3.15", "3.14"]\n')
        project.script("notes", "notes_make.py", MAKE_DB)
        project.script("notes", "notes_read.py", READ_DB)
        project.script("notes", "notes_platform.py", PLATFORM)
        project.script("notes", "notes_thread.py", THREAD)
        project.page(
            "notes",
            "index.rst",
            CALL.format("notes_make.py"),
            CALL.format("notes_read.py"),
            CALL.format("notes_platform.py"),
            CALL.format("notes_thread.py"),
            "run_script(cog.inFile, 'ls *.db', interpreter=None)",
        )
        assert main(["cog", "-q"]) == 0
        recording = Recording()
        summary = browserproof.prove(
            [root / "docs"], PYODIDE, root / ".cache", 2, say=lambda text: None, run=recording
        )
    return root, summary, recording


def examples(root):
    _, pages = browserproof.read_lock(root / "docs" / "notes")
    return {e.script or e.reason: e for e in pages["index.rst"].examples}


def test_an_example_that_prints_its_transcript_is_same(proved):
    root, summary, _ = proved
    found = examples(root)
    assert found["notes_make.py"].label == browserproof.SAME
    assert found["notes_make.py"].argv == ("notes_make.py",)
    assert summary.labels["docs/notes"] == {"same": 2, "differs": 1, "cannot run": 2}


def test_a_later_script_reads_the_database_an_earlier_one_made(proved):
    root, _, _ = proved
    assert examples(root)["notes_read.py"].label == browserproof.SAME


def test_an_example_printing_something_else_differs_with_its_diff(proved):
    root, _, _ = proved
    differs = examples(root)["notes_platform.py"]
    assert differs.label == browserproof.DIFFERS
    assert "-\trunning on linux" in differs.diff
    assert "+\trunning on emscripten" in differs.diff


def test_what_cannot_run_says_why(proved):
    root, _, _ = proved
    found = examples(root)
    thread = found["notes_thread.py"]
    assert thread.label == browserproof.CANNOT
    assert "threads" in thread.reason
    shell = found["it is a shell command, not a Python script"]
    assert shell.label == browserproof.CANNOT and shell.argv == ()


def test_the_lock_names_the_runtime(proved):
    root, _, _ = proved
    data = json.loads((root / "docs" / "notes" / "browser.lock").read_text())
    assert data["runtime"] == {"pyodide": PYODIDE.version, "python": PYODIDE.python}
    assert PYODIDE.python.startswith("3.14")


def test_a_warm_proof_runs_nothing(proved):
    root, _, first = proved
    assert first.sessions == 1
    again = Recording()
    summary = browserproof.prove(
        [root / "docs"], PYODIDE, root / ".cache", 2, say=lambda text: None, run=again
    )
    assert again.sessions == 0 and summary.stale == [] and summary.written == []


def test_an_edit_makes_the_record_stale_and_the_cache_answers_for_an_undo(
    proved, monkeypatch, capsys
):
    root, _, _ = proved
    monkeypatch.chdir(root)
    check = browserproof.prove([root / "docs"], PYODIDE, root / ".cache", 2, check=True)
    assert check.stale == []
    script = root / "source_examples" / "notes" / "notes_read.py"
    original = script.read_text()
    script.write_text(original.replace("sorted(", "list(sorted("))
    try:
        check = browserproof.prove([root / "docs"], PYODIDE, root / ".cache", 2, check=True)
        assert check.stale == ["docs/notes/index.rst"]
        monkeypatch.setattr("motw.engine.pyodide.find_pyodide", lambda root: PYODIDE)
        status = browserproof.report([root / "docs"], root, root / ".cache", 2, check=True)
        assert status == 1
        assert "the browser record of docs/notes/index.rst is stale" in capsys.readouterr().out
    finally:
        script.write_text(original)
    undo = Recording()
    summary = browserproof.prove(
        [root / "docs"], PYODIDE, root / ".cache", 2, say=lambda text: None, run=undo
    )
    assert undo.sessions == 0 and summary.stale == []  # current again: nothing to do


def test_a_changed_transcript_is_compared_again_from_the_cache(proved, monkeypatch):
    root, _, _ = proved
    monkeypatch.chdir(root)
    lock = root / "docs" / "notes" / "browser.lock"
    before = lock.read_text()
    data = json.loads(before)
    data["pages"]["index.rst"]["expected"] = "0" * 64  # as if compared with another transcript
    lock.write_text(json.dumps(data))
    again = Recording()
    summary = browserproof.prove(
        [root / "docs"], PYODIDE, root / ".cache", 2, say=lambda text: None, run=again
    )
    assert summary.stale == ["docs/notes/index.rst"] and again.sessions == 0  # a cache hit
    assert json.loads(lock.read_text()) == json.loads(before)


def test_an_unreadable_lock_is_a_clear_error(tmp_path, capsys, monkeypatch):
    page = tmp_path / "docs" / "c"
    page.mkdir(parents=True)
    (page / "browser.lock").write_text("{not json")
    with pytest.raises(Exception, match="browser.lock: cannot read it"):
        browserproof.read_lock(page)


def test_without_pyodide_the_step_says_so(tmp_path, capsys):
    assert browserproof.report([tmp_path], tmp_path, None, 1) == 0
    assert "the browser proof is skipped" in capsys.readouterr().out
    assert browserproof.report([tmp_path], tmp_path, None, 1, required=True) == 1


def test_motw_check_fails_on_a_stale_browser_record(proved, monkeypatch, capsys):
    from motw.cli import main

    root, _, _ = proved
    monkeypatch.chdir(root)
    monkeypatch.delenv("MOTW_CACHE_DIR", raising=False)
    link = root / "node_modules"
    link.symlink_to(REPO / "node_modules")
    lock = root / "docs" / "notes" / "browser.lock"
    before = lock.read_text()
    try:
        assert main(["check", "-q"]) == 0
        data = json.loads(before)
        data["runtime"]["pyodide"] = "0.1"
        data["pages"]["index.rst"]["session"] = "0" * 64  # as if proved with another Pyodide
        lock.write_text(json.dumps(data))
        assert main(["check", "-q"]) == 1
        assert "docs/notes/index.rst: the browser proof is stale" in capsys.readouterr().err
    finally:
        lock.write_text(before)
        link.unlink()
