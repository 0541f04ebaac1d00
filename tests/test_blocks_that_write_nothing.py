"""A block may run a command for its effect and write nothing (PyMOTW's
chapters open so: ``run_script(cog.inFile, 'rm -f example.db', ...)``).

Such a run runs in page order in the page's session, its effects are
seen by the later blocks, it puts nothing in the page, a failure is an
error naming the page and line, and the cache and the staleness check
treat it as any other run.  A block that really starts with a
continuation (``include_prefix=False``) is still refused."""

from __future__ import annotations

import json

import pytest

from motw.cogpass.lockfile import LockFile

CLEANUP = """\
demo
====

.. {{{cog
.. run_script(cog.inFile, %r, interpreter='')
.. }}}
.. {{{end}}}

Then:

.. {{{cog
.. cog.out(run_script(cog.inFile, 'exists.py'))
.. }}}
.. {{{end}}}
"""

EXISTS = "import os\nprint('example.db exists:', os.path.exists('example.db'))\n"


@pytest.fixture
def chapter(project):
    """A chapter whose example folder holds a stale example.db, and whose
    first block removes it without writing anything."""
    project.script("demo", "exists.py", EXISTS)
    (project.root / "source_examples" / "demo" / "example.db").write_text("stale\n")
    page = project.root / "docs" / "demo" / "index.rst"
    page.parent.mkdir(parents=True)
    page.write_text(CLEANUP % "rm -f example.db")
    return page


def test_a_discarded_run_runs_first_and_writes_nothing(chapter, cli):
    status, _, err = cli("cog")
    assert status == 0, err
    text = chapter.read_text()
    # The first block stays empty, as PyMOTW's own pass leaves it.
    assert ".. }}}\n.. {{{end}}}\n\nThen:" in text
    # The later block saw the file removed by the first.
    assert "\texample.db exists: False\n" in text
    # The example folder itself is untouched: the run was in a working copy.
    assert (chapter.parents[2] / "source_examples" / "demo" / "example.db").is_file()
    record = LockFile(chapter.parent).page("index.rst")
    assert record is not None
    assert [run.command for block in record.blocks for run in block.runs] == [
        "rm -f example.db",
        "python3 exists.py",
    ]
    assert cli("check")[0] == 0
    before = chapter.read_bytes()
    assert cli("cog", "--force")[0] == 0
    assert chapter.read_bytes() == before


def test_a_discarded_run_is_rerun_with_the_runs_that_depend_on_it(project, cli, spawned):
    """Block 1 makes example.db from seed.txt and writes nothing; block 2
    shows example.db.  Editing seed.txt re-runs both, and only them."""
    project.script("demo", "prepare.py", "open('example.db', 'w').write(open('seed.txt').read())\n")
    project.script("demo", "show.py", "print(open('example.db').read().strip())\n")
    project.script("demo", "other.py", "print('independent')\n")
    (project.root / "source_examples" / "demo" / "seed.txt").write_text("first\n")
    page = project.root / "docs" / "demo" / "index.rst"
    page.parent.mkdir(parents=True)
    page.write_text(
        "demo\n====\n\n.. {{{cog\n.. run_script(cog.inFile, 'prepare.py')\n.. }}}\n"
        ".. {{{end}}}\n\n.. {{{cog\n.. cog.out(run_script(cog.inFile, 'show.py'))\n"
        ".. }}}\n.. {{{end}}}\n\n.. {{{cog\n.. cog.out(run_script(cog.inFile, 'other.py'))\n"
        ".. }}}\n.. {{{end}}}\n"
    )
    assert cli("cog")[0] == 0
    assert "\tfirst\n" in page.read_text()
    spawned.clear()
    (project.root / "source_examples" / "demo" / "seed.txt").write_text("second\n")
    status, _, err = cli("check", "--no-diff")
    assert status == 1
    assert "docs/demo/index.rst:4: prepare.py on" in err
    assert "docs/demo/index.rst:9: show.py on" in err
    assert "other.py" not in err
    assert cli("cog")[0] == 0
    assert "\tsecond\n" in page.read_text()
    assert sorted(set(spawned)) == ["python3 prepare.py", "python3 show.py"]
    assert cli("check")[0] == 0


def test_a_discarded_run_that_fails_is_an_error_naming_its_line(project, cli):
    project.script("demo", "exists.py", EXISTS)
    page = project.root / "docs" / "demo" / "index.rst"
    page.parent.mkdir(parents=True)
    page.write_text(CLEANUP % "rm example.db")  # no -f: there is none to remove
    before = page.read_bytes()
    status, _, err = cli("cog")
    assert status == 1
    assert "docs/demo/index.rst:4: rm example.db exited with status 1" in err
    assert page.read_bytes() == before
    assert not (page.parent / "transcripts.lock").exists()


# A block that really starts with a continuation is still refused, with what
# to do: test_paverutils_compat.test_deliberately_a_block_may_not_start_with_a_continuation.


def test_a_block_may_write_part_of_what_it_runs(project, cli):
    """Two runs in a block, only the second written: the page shows it alone."""
    project.script("demo", "one.py", "print('one')\n")
    project.script("demo", "two.py", "print('two')\n")
    page = project.root / "docs" / "demo" / "index.rst"
    page.parent.mkdir(parents=True)
    page.write_text(
        "demo\n====\n\n.. {{{cog\n.. run_script(cog.inFile, 'one.py')\n"
        ".. cog.out(run_script(cog.inFile, 'two.py'))\n.. }}}\n.. {{{end}}}\n"
    )
    assert cli("cog")[0] == 0
    text = page.read_text()
    assert "\ttwo\n" in text
    assert "one.py" not in text.split(".. }}}")[1]
    lock = json.loads((page.parent / "transcripts.lock").read_text())
    runs = lock["pages"]["index.rst"]["blocks"][0]["runs"]
    assert [run["command"] for run in runs] == ["python3 one.py", "python3 two.py"]
