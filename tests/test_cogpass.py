"""The pass over pages: splicing, cache, parallelism, staleness, errors, atomicity."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from motw import atomic
from motw.cogpass import pages
from motw.cogpass.fresh import Freshness
from motw.cogpass.passes import CogPass
from motw.cogpass.pythons import find
from motw.cogpass.report import Progress
from motw.config import running_version
from motw.digests import FileDigests, digest
from motw.engine import runner
from motw.engine.cache import ExecutionCache

CALL = "run_script(cog.inFile, '{}')"
# Projects without [tool.motw] run their scripts on the Python running the pass.
RUNNING = running_version()


@pytest.fixture
def chapter(project):
    """Two pages, three scripts, one sibling module and one data file."""
    project.script("demo", "greet.py", "import names\nprint('hello', names.WHO)\n")
    project.script("demo", "names.py", "WHO = 'world'\n")
    project.script("demo", "count.py", "for i in range(3):\n    print(i)\n")
    project.script("demo", "data.py", "print(open('data.txt').read().strip())\n")
    (project.root / "source_examples" / "demo" / "data.txt").write_text("some data\n")
    project.page("demo", "index.rst", CALL.format("greet.py"), CALL.format("count.py"))
    project.page("demo", "more.rst", CALL.format("data.py"))
    return project


def read(project, name="index.rst"):
    return (project.root / "docs" / "demo" / name).read_text()


@pytest.fixture
def spy(spawned):
    """Counts the scripts a pass really runs."""
    return spawned


def test_pass_fills_transcripts_and_records_a_lock(chapter, cli):
    status, _, err = cli("cog")
    assert status == 0, err
    text = read(chapter)
    assert ".. }}}\n\n::\n\n\t$ python3 greet.py\n\t\n\thello world\n\n.. {{{end}}}\n" in text
    assert "\t$ python3 count.py\n\t\n\t0\n\t1\n\t2\n\n" in text
    assert "\tsome data\n" in read(chapter, "more.rst")
    lock = json.loads((chapter.root / "docs" / "demo" / "transcripts.lock").read_text())
    assert sorted(lock["pages"]) == ["index.rst", "more.rst"]
    run = lock["pages"]["index.rst"]["blocks"][0]["runs"][0]
    assert run["command"] == "python3 greet.py"
    assert lock["pages"]["index.rst"]["pythons"] == [[RUNNING, f"cpython {sys.version.split()[0]}"]]
    assert run["on"][RUNNING]["reads"] == {
        "greet.py": digest((chapter.root / "source_examples/demo/greet.py").read_bytes()),
        "names.py": digest((chapter.root / "source_examples/demo/names.py").read_bytes()),
    }
    assert "3 transcript(s) in 2 page(s), 3 ran, 0 from cache" in err


def test_second_pass_changes_nothing_and_runs_nothing(chapter, cli, spy):
    cli("cog")
    files = {p: p.read_bytes() for p in (chapter.root / "docs").rglob("*.*")}
    spy.clear()
    status, _, err = cli("cog")
    assert status == 0
    assert spy == []
    assert {p: p.read_bytes() for p in (chapter.root / "docs").rglob("*.*")} == files
    assert "0 ran, 3 from cache; rewrote 0 page(s)" in err


def test_a_warm_pass_skips_fresh_pages_without_reading_the_cache(chapter, cli, monkeypatch):
    cli("cog")
    monkeypatch.setattr(ExecutionCache, "lookup", lambda *a: pytest.fail("read the cache"))
    status, _, err = cli("cog")
    assert status == 0
    assert "0 ran, 3 from cache" in err


def test_unchanged_pages_do_not_even_run_cogapp(chapter, cli, monkeypatch):
    cli("cog")
    monkeypatch.setattr("motw.cogpass.pages.plan", lambda *a: pytest.fail("ran cogapp"))
    assert cli("cog")[0] == 0
    assert cli("check")[0] == 0


def test_a_change_in_the_cog_code_alone_is_noticed(chapter, cli):
    cli("cog")
    page = chapter.root / "docs" / "demo" / "more.rst"
    page.write_text(
        page.read_text().replace(
            ".. cog.out(run_script(cog.inFile, 'data.py'))",
            ".. cog.outl('Output:')\n.. cog.out(run_script(cog.inFile, 'data.py'))",
        )
    )
    status, _, err = cli("check")
    assert status == 1
    assert "docs/demo/more.rst: the code of its cog blocks changed" in err
    assert cli("cog")[0] == 0
    assert ".. }}}\nOutput:\n\n::\n" in page.read_text()
    assert cli("check")[0] == 0


def test_pages_without_cog_blocks_are_left_alone(chapter, cli):
    plain = chapter.root / "docs" / "plain.rst"
    plain.write_text("Plain\n=====\n")
    before = plain.stat().st_mtime_ns
    cli("cog")
    assert plain.stat().st_mtime_ns == before


def test_force_reruns_everything(chapter, cli, spy):
    cli("cog")
    spy.clear()
    cli("cog", "--force")
    assert len(spy) == 3


@pytest.mark.parametrize(
    "change, reruns",
    [
        ("script", ["python3 count.py"]),
        ("module", ["python3 greet.py"]),
        ("data", ["python3 data.py"]),  # only the script that reads it
        ("other script", []),  # a new example is seen by no run
    ],
)
def test_cache_misses_exactly_for_what_changed(chapter, cli, spy, change, reruns):
    cli("cog")
    spy.clear()
    folder = chapter.root / "source_examples" / "demo"
    if change == "script":
        (folder / "count.py").write_text((folder / "count.py").read_text() + "print('end')\n")
    elif change == "module":
        (folder / "names.py").write_text("WHO = 'there'\n")
    elif change == "data":
        (folder / "data.txt").write_text("new data\n")
    else:
        chapter.script("demo", "unrelated.py", "print('new example')\n")
    cli("cog")
    assert sorted(spy) == reruns


def test_a_changed_command_line_reruns(chapter, cli, spy):
    cli("cog")
    page = chapter.root / "docs" / "demo" / "index.rst"
    page.write_text(page.read_text().replace("'count.py')", "['count.py', '--verbose'])"))
    spy.clear()
    assert cli("cog")[0] == 0
    assert spy == ["python3 count.py --verbose"]
    assert "\t$ python3 count.py \\\n\t--verbose\n" in page.read_text()  # a list: a word a line


def test_cache_key_covers_interpreter_environment_and_engine(chapter, cli, spy, monkeypatch):
    import dataclasses

    from motw.engine import environment, interpreters, revisions

    cli("cog")
    real_find = interpreters.Interpreters.find

    def newer_patch(self, version):
        found = real_find(self, version)
        return dataclasses.replace(found, implementation="cpython 9.9.9")

    for target, name, value in (
        (interpreters.Interpreters, "find", newer_patch),
        (environment, "FIXED", {**environment.FIXED, "TZ": "Europe/Paris"}),
        (revisions, "EXECUTION_REVISION", 99),
    ):
        with monkeypatch.context() as patch:
            patch.setattr(target, name, value)
            spy.clear()
            assert cli("cog")[0] == 0
            assert len(spy) == 3, name


def test_formatting_options_do_not_rerun_but_change_the_text(chapter, cli, spy):
    cli("cog")
    page = chapter.root / "docs" / "demo" / "more.rst"
    page.write_text(page.read_text().replace("'data.py')", "'data.py', trailing_newlines=False)"))
    spy.clear()
    status, _, _ = cli("cog")
    assert status == 0 and spy == []
    assert "\tsome data\n.. {{{end}}}" in page.read_text()


def test_include_prefix_false_continues_the_previous_transcript(chapter, cli):
    chapter.page(
        "demo",
        "two.rst",
        "run_script(cog.inFile, 'count.py'))\n"
        ".. cog.out(run_script(cog.inFile, 'data.py', include_prefix=False)",
    )
    assert cli("cog")[0] == 0
    text = read(chapter, "two.rst")
    assert (
        "\n::\n\n\t$ python3 count.py\n\t\n\t0\n\t1\n\t2\n\n"
        "\t$ python3 data.py\n\t\n\tsome data\n\n" in text
    )


def test_parallel_pass_is_identical_to_sequential(project, cli):
    for i in range(12):
        project.script(
            "demo", f"s{i}.py", f"import time\ntime.sleep({(12 - i) / 100})\nprint({i})\n"
        )
    calls = [CALL.format(f"s{i}.py") for i in range(12)]
    project.page("demo", "index.rst", *calls)
    original = read(project)
    cli("cog", "-j", "1", "--cache-dir", ".cache/one")
    sequential = read(project)
    (project.root / "docs" / "demo" / "index.rst").write_text(original)
    cli("cog", "-j", "8", "--cache-dir", ".cache/eight")
    assert read(project) == sequential
    assert sequential.index("\t0\n") < sequential.index("\t11\n")


def test_check_passes_when_fresh_without_running_anything(chapter, cli, spy):
    cli("cog")
    spy.clear()
    started = time.monotonic()
    status, _, err = cli("check")
    assert status == 0, err
    assert spy == []
    assert time.monotonic() - started < 1
    assert "3 transcript(s) in 2 page(s) are fresh" in err


@pytest.mark.parametrize(
    "edit, reason",
    [
        ("script", f"count.py on {RUNNING}: the script count.py changed"),
        ("sibling", f"greet.py on {RUNNING}: the file names.py changed"),
        ("transcript", "the transcript is not the one generated"),
        ("option", "count.py: its formatting options changed"),
    ],
)
def test_check_detects_staleness_without_running_and_shows_a_diff(
    chapter, cli, monkeypatch, edit, reason
):
    cli("cog")
    folder = chapter.root / "source_examples" / "demo"
    page = chapter.root / "docs" / "demo" / "index.rst"
    if edit == "script":
        (folder / "count.py").write_text(
            (folder / "count.py").read_text().replace("range(3)", "range(4)")
        )
    elif edit == "sibling":
        (folder / "names.py").write_text("WHO = 'there'\n")
    elif edit == "transcript":
        page.write_text(page.read_text().replace("\thello world\n", "\thello, world\n"))
    else:
        page.write_text(page.read_text().replace("'count.py')", "'count.py', break_lines_at=20)"))
    before = {
        p: p.read_bytes()
        for p in chapter.root.rglob("*")
        if p.is_file() and ".cache" not in p.parts
    }
    # Deciding staleness runs nothing (only the diff of stale pages does).
    with monkeypatch.context() as patch:
        patch.setattr(runner, "run_process", lambda *a: pytest.fail("ran a script"))
        freshness = Freshness(find(chapter.root, None), FileDigests())
        checker = CogPass(ExecutionCache(None), 1, Progress(quiet=True), freshness)
        reasons = checker.stale(pages.read(page))
    assert any(reason in r for r in reasons), reasons
    status, out, err = cli("check")
    assert status == 1
    assert reason in err
    assert "docs/demo/index.rst" in err
    after = {
        p: p.read_bytes()
        for p in chapter.root.rglob("*")
        if p.is_file() and ".cache" not in p.parts
    }
    assert after == before  # the check changes nothing
    if edit in ("script", "sibling", "transcript"):
        assert out.startswith(
            "--- docs/demo/index.rst (as committed)\n+++ docs/demo/index.rst (regenerated)"
        )


def test_full_check_reruns_everything_in_scratch_and_diffs(chapter, cli, spy):
    cli("cog")
    spy.clear()
    status, out, err = cli("check", "--full")
    assert status == 0, err
    assert len(spy) == 3
    page = chapter.root / "docs" / "demo" / "more.rst"
    page.write_text(page.read_text().replace("\tsome data\n", "\tstale data\n"))
    status, out, err = cli("check", "--full")
    assert status == 1
    assert "-\tstale data\n+\tsome data\n" in out


def test_all_failing_blocks_are_reported_and_only_their_pages_kept(project, cli):
    project.script("demo", "ok.py", "print('fine')\n")
    project.script("demo", "bad1.py", "raise SystemExit(2)\n")
    project.script("demo", "bad2.py", "print('partial')\nraise SystemExit(5)\n")
    broken = project.page(
        "demo",
        "broken.rst",
        CALL.format("bad1.py"),
        CALL.format("bad2.py"),
        CALL.format("missing.py"),
        "run_script(cog.inFile, 'ok.py', line_break_mode='zig')",
    )
    good = project.page("demo", "good.rst", CALL.format("ok.py"))
    original = broken.read_text()
    status, _, err = cli("cog")
    assert status == 1
    assert "docs/demo/broken.rst:6: bad1.py exited with status 2" in err
    assert "docs/demo/broken.rst:13: bad2.py exited with status 5" in err
    assert "| partial" in err
    assert "docs/demo/broken.rst:20: script 'missing.py' not found" in err
    assert "docs/demo/broken.rst:27: unknown line_break_mode 'zig'" in err
    assert "4 problem(s)" in err
    assert broken.read_text() == original
    assert "\tfine\n" in good.read_text()


@pytest.mark.parametrize(
    "text, message",
    [
        (
            ".. {{{cog\n.. cog.out('x')\n.. {{{end}}}\n",
            "docs/demo/index.rst:3: Unexpected '{{{end}}}'",
        ),
        (
            "Title\n\n.. {{{cog\n.. cog.out('x')\n",
            "docs/demo/index.rst:3: Cog block begun but never ended",
        ),
        (
            ".. {{{cog\n.. }}}\nout\n",
            "docs/demo/index.rst:3: Missing '{{{end}}}' before end of file",
        ),
        (
            ".. {{{cog\n.. cog.out(undefined_name)\n.. }}}\n.. {{{end}}}\n",
            "docs/demo/index.rst:1: the cog code failed",
        ),
    ],
)
def test_malformed_blocks_name_file_and_line(project, cli, text, message):
    project.script("demo", "ok.py", "print(1)\n")
    page = project.root / "docs" / "demo" / "index.rst"
    page.parent.mkdir(parents=True)
    page.write_text(text)
    status, _, err = cli("cog")
    assert status == 1
    assert message in err
    assert page.read_text() == text


def test_timeout_error_names_the_block(project, cli):
    project.script("demo", "slow.py", "import time\nprint('waiting')\ntime.sleep(30)\n")
    project.page("demo", "index.rst", "run_script(cog.inFile, 'slow.py', timeout=0.5)")
    status, _, err = cli("cog")
    assert status == 1
    assert "docs/demo/index.rst:6: slow.py did not finish within 0.5 s" in err
    assert "| waiting" in err


def test_an_injected_write_failure_leaves_every_page_old_or_new(chapter, cli, monkeypatch):
    originals = {name: read(chapter, name) for name in ("index.rst", "more.rst")}
    real_replace = os.replace
    calls = []

    def failing_replace(source, target):
        if str(target).endswith(".rst"):
            calls.append(target)
            if len(calls) == 2:
                raise OSError("disk full (injected)")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    status, _, err = cli("cog")
    assert status == 1
    assert "could not be written (disk full (injected)); it is as it was" in err
    first, second = (os.path.basename(c) for c in calls[:2])
    assert read(chapter, first) != originals[first]  # fully new
    assert "\t$ python3" in read(chapter, first)
    assert read(chapter, second) == originals[second]  # fully old
    leftovers = [p.name for p in (chapter.root / "docs").rglob(".*")]
    assert leftovers == []


def test_sigint_stops_the_pass_and_leaves_pages_untouched(project, tmp_path):
    marker = tmp_path / "started"
    for i in range(4):
        project.script(
            "demo",
            f"slow{i}.py",
            f"import pathlib, time\npathlib.Path({str(marker)!r}).touch()\ntime.sleep(30)\n",
        )
    page = project.page("demo", "index.rst", *(CALL.format(f"slow{i}.py") for i in range(4)))
    original = page.read_text()
    process = subprocess.Popen(
        [sys.executable, "-m", "motw", "cog"],
        cwd=project.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 20
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the scripts never started"
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=20)
    assert process.returncode == 130, output
    assert "interrupted" in output
    assert page.read_text() == original
    assert not (project.root / "docs" / "demo" / "transcripts.lock").exists()
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert "slow0.py" not in ps and "slow3.py" not in ps


def test_a_pass_leaves_the_example_folders_clean(chapter, cli):
    folder = chapter.root / "source_examples"
    before = sorted(str(p) for p in folder.rglob("*"))
    cli("cog", "--force")
    assert sorted(str(p) for p in folder.rglob("*")) == before


def test_progress_and_summary(chapter, cli):
    status, _, err = cli("cog", "--force")
    assert f"ran     docs/demo/index.rst:6 greet.py on {RUNNING}" in err
    assert "slowest:" in err
    status, _, err = cli("cog")
    assert "cached docs/demo/index.rst: 2 transcript(s)" in err


def test_scripts_run_inside_the_examples_environment_of_their_python(project, cli):
    venv = project.root / ".venvs" / RUNNING
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    (project.root / "pyproject.toml").write_text(f'[tool.motw]\npythons = ["{RUNNING}"]\n')
    project.script("demo", "where.py", "import sys\nprint(sys.prefix != sys.base_prefix)\n")
    page = project.page("demo", "index.rst", CALL.format("where.py"))
    status, _, err = cli("cog")
    assert status == 0, err
    assert "\t$ python3 where.py\n\t\n\tTrue\n" in page.read_text()
