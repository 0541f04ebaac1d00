"""Hostile scripts and hostile output, each run by a real ``motw cog`` pass.

Every script here is one an author could write by mistake: a daemon that
escapes its process group, output that looks like cog's markers or a
terminal's control codes, a flood, a script that closes its output,
deletes its files or kills its own group; and the pass's surroundings
turned hostile: a CRLF page, two passes at once, a read-only folder, a
full disk.  Each test bounds the time, looks for survivors by pid (the
scripts write the pids of their children to a file outside the working
copy) and checks that the page is either as it was or whole.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest

from motw.cogpass import pages
from motw.engine import process

# A snippet for the hostile scripts: who the calling process is, as the
# test sees it: its line of /proc/<pid>/stat (pid and start time: a pid
# may be reused).  Inside a PID namespace os.getpid() is the namespace's
# number, but /proc is the host's, so /proc/self/stat gives the host's pid.
SELF = "open('/proc/self/stat').read().strip() + chr(10)"
RECORD = f"""
import os, time

def record(path):
    with open(path, "a") as stream:
        stream.write({SELF})

def wait_for(path, count):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with open(path) as stream:
                if stream.read().count("\\n") >= count:
                    return
        except FileNotFoundError:
            pass
        time.sleep(0.02)
    raise SystemExit("the child never said it started")
"""


def hostile(body: str, **values: object) -> str:
    """A script: the RECORD helpers, then *body* with *values* filled in
    (and SELF, for the code of child processes, as RECORD writes it)."""
    text = textwrap.dedent(body).lstrip("\n").replace("SELF", SELF)
    for name, value in values.items():
        text = text.replace(name, repr(str(value)))
    return "#!/usr/bin/env python3\n" + RECORD + text


def call(command: str, **options: object) -> str:
    arguments = "".join(f", {name}={value!r}" for name, value in options.items())
    return f"run_script(cog.inFile, {command!r}{arguments})"


Recorded = tuple[int, str]  # a pid and its start time


def identity(stat: str) -> Recorded:
    """Pid and start time from a line of /proc/<pid>/stat."""
    return int(stat.split(" ", 1)[0]), stat.rpartition(")")[2].split()[19]


def recorded_pids(path: Path) -> list[Recorded]:
    return [identity(line) for line in path.read_text().splitlines()] if path.exists() else []


def running(process: Recorded | int) -> bool:
    """Whether *process* is live (a zombie has ended: it only waits for
    its parent to collect its status); given its start time, a new
    process that reused the pid does not count."""
    pid, started = process if isinstance(process, tuple) else (process, None)
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    fields = stat.rpartition(")")[2].split()
    return fields[0] != "Z" and started in (None, fields[19])


def carriers(tokens: set[str]) -> list[int]:
    """Live processes carrying one of *tokens* (runs' tokens) in their
    environment.  Only this test's tokens: other passes may be running on
    the machine."""
    needles = {f"{process.TOKEN_VARIABLE}={token}".encode() for token in tokens}
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                environ = Path(f"/proc/{entry}/environ").read_bytes()
            except OSError:
                continue
            if needles & set(environ.split(b"\0")) and running(int(entry)):
                found.append(int(entry))
    return found


@pytest.fixture
def tokens(monkeypatch) -> set[str]:
    """The tokens of the runs this test's in-process passes made."""
    seen: set[str] = set()
    real = process._end

    def ending(pid: int, token: str) -> None:
        seen.add(token)
        real(pid, token)

    monkeypatch.setattr(process, "_end", ending)
    return seen


def assert_no_survivors(pids: list[Recorded], tokens: set[str] = frozenset()) -> None:
    # SIGKILL is delivered at once, but a process takes a moment to go.
    deadline = time.monotonic() + 1.0
    while True:
        alive = [pid for pid, started in pids if running((pid, started))]
        left = carriers(tokens)
        if not alive and not left:
            return
        if time.monotonic() > deadline:
            for pid in alive + left:
                try:
                    os.kill(pid, 9)  # don't leave them to the next test
                except OSError:
                    pass
            pytest.fail(
                f"processes survived the pass: {alive} (recorded), {left} (carrying a token)"
            )
        time.sleep(0.05)


# A timeout these tests' runs must never reach: a pass that waits for it
# takes NEVER seconds, one that does not well under half of it, even on a
# loaded machine (a pass there has taken 4.8 s for a 0.5 s run).
NEVER = 30


def timed(cli, *args: str) -> tuple[int, str, float]:
    started = time.monotonic()
    status, _, err = cli(*args)
    return status, err, time.monotonic() - started


@pytest.fixture(params=["pid namespace", "subreaper"])
def isolation(request, monkeypatch) -> str:
    """Both ways a run is kept from leaving survivors: the default, a PID
    namespace (``unshare``), and the fallback, the pass as the child
    subreaper scanning for the run's token.  process.isolation() decides
    once per process, so the decision is reset here."""
    if request.param == "subreaper":
        monkeypatch.setenv("MOTW_NO_PID_NAMESPACE", "1")
    else:
        monkeypatch.delenv("MOTW_NO_PID_NAMESPACE", raising=False)
    monkeypatch.setattr(process, "_isolation", None)
    chosen = process.isolation()
    if request.param == "pid namespace" and not chosen:
        pytest.skip("this kernel refuses 'unshare --pid': only the subreaper can be tested")
    assert chosen == ([] if request.param == "subreaper" else process.PID_NAMESPACE)
    return request.param


@pytest.fixture
def pids(tmp_path) -> Path:
    """Where hostile scripts write their pids: outside any working copy."""
    return tmp_path / "pids"


# -- 1. daemons -------------------------------------------------------------

FORKED_DAEMON = """
import os, sys
child = os.fork()
if child == 0:
    os.setsid()  # out of the run's process group and session
    print("daemon started", flush=True)
    record(PIDS)
    time.sleep(300)  # holding the output pipe open
    os._exit(0)
wait_for(PIDS, 1)
print("main done", flush=True)
"""

NEW_SESSION_DAEMON = """
import subprocess, sys
daemon = "import os, time; print('daemon started', flush=True); " + \\
    "open(PIDS, 'a').write(SELF); time.sleep(300)"
subprocess.Popen([sys.executable, "-c", daemon], start_new_session=True)
wait_for(PIDS, 1)
print("main done", flush=True)
"""

SHELL_SERVER = (
    '(read -r stat < /proc/self/stat; echo "$stat" >> PIDS; exec sleep 300) & '
    "while [ ! -s PIDS ]; do sleep 0.05; done; echo server started"
)


def daemon_pages(project, root: Path, hang: bool) -> dict[str, tuple[Path, Path]]:
    """One page per kind of daemon, each writing its pids to its own file:
    one pass runs them all at once.  Returns kind -> (page, pid file)."""
    made = {}
    tail = "time.sleep(300)\n" if hang else ""
    limit = 5 if hang else NEVER
    for name, body in (("fork", FORKED_DAEMON), ("popen", NEW_SESSION_DAEMON)):
        pids = root / f"{name}.pids"
        project.script("demo", f"{name}.py", hostile(body + tail, PIDS=pids))
        made[name] = (project.page("demo", f"{name}.rst", call(f"{name}.py", timeout=limit)), pids)
    pids = root / "shell.pids"
    command = SHELL_SERVER.replace("PIDS", str(pids)) + ("; sleep 300" if hang else "")
    made["shell"] = (
        project.page("demo", "shell.rst", call(command, interpreter="", timeout=limit)),
        pids,
    )
    return made


def test_daemons_are_ended_a_moment_after_their_scripts_exit(
    project, cli, isolation, tmp_path, tokens
):
    made = daemon_pages(project, tmp_path, hang=False)
    status, err, seconds = timed(cli, "cog")
    assert status == 0, err
    assert seconds < NEVER / 2, "the pass waited for a daemon instead of a short grace"
    for name in ("fork", "popen"):
        text = made[name][0].read_text()
        assert f"\t$ python3 {name}.py\n\t\n\tdaemon started\n\tmain done\n\n" in text
    assert "\tserver started\n\n.. {{{end}}}" in made["shell"][0].read_text()
    pids = [pid for _, path in made.values() for pid in recorded_pids(path)]
    assert len(pids) == 3
    assert_no_survivors(pids, tokens)
    assert len(tokens) == 3


def test_hanging_scripts_with_daemons_are_stopped_at_their_timeout(
    project, cli, isolation, tmp_path, tokens
):
    made = daemon_pages(project, tmp_path, hang=True)
    originals = {name: page.read_bytes() for name, (page, _) in made.items()}
    status, err, seconds = timed(cli, "cog")
    assert status == 1
    assert 5 <= seconds < NEVER / 2  # not the scripts' 300 s
    assert "docs/demo/fork.rst:6: fork.py did not finish within 5 s" in err
    assert "docs/demo/popen.rst:6: popen.py did not finish within 5 s" in err
    assert re.search(r"docs/demo/shell.rst:6: .*sleep 300 did not finish within 5 s", err)
    assert err.count("| main done") == 2 and "| server started" in err
    for name, (page, _) in made.items():
        assert page.read_bytes() == originals[name]
    pids = [pid for _, path in made.values() for pid in recorded_pids(path)]
    assert len(pids) == 3
    assert_no_survivors(pids, tokens)


# -- 2. output that looks like cog's markers --------------------------------

MARKER_OUTPUT = r"""
print(".. {{{cog")
print(".. cog.out('injected')")
print(".. }}}")
print(".. {{{end}}}")
print({"a": {"b": {"c": {}}}})
print("{{{{{{ many }}}}}}}")
print("}}}", end="")
"""


@pytest.mark.parametrize("options", [{}, {"trailing_newlines": False}, {"break_lines_at": 0}])
def test_output_holding_cog_markers_reads_back_as_the_same_blocks(project, cli, options):
    project.script("demo", "markers.py", MARKER_OUTPUT)
    project.script("demo", "after.py", "print('after')\n")
    page = project.page("demo", "index.rst", call("markers.py", **options), call("after.py"))
    status, _, err = cli("cog")
    assert status == 0, err
    text = page.read_text()
    assert "{{{" not in text.replace(".. {{{cog\n", "").replace(".. {{{end}}}\n", "")
    assert "\t{'a': {'b': {'c': {}}\u2060}}\n" in text
    planned = pages.read(page)
    assert planned.error is None
    starts = [number for number, line in enumerate(text.splitlines(), 1) if line == ".. {{{cog"]
    assert [block.line for block in planned.blocks] == starts and len(starts) == 2
    assert [r.command.text for r in planned.requests] == ["python3 markers.py", "python3 after.py"]
    written = page.read_bytes()
    status, _, err = cli("cog", "--force")
    assert status == 0, err
    assert page.read_bytes() == written
    status, _, err = cli("check")
    assert status == 0, err


# -- 3. terminal control codes ----------------------------------------------

CONTROL_OUTPUT = r"""
import sys
write = sys.stdout.write
write("\x1b[31mred\x1b[0m and \x1b[1;32mgreen\x1b[m\n")
for percent in range(0, 101, 25):
    write(f"\rdownloading {percent:3d}%")
write("\n")
write("nul\x00 bel\x07 back\bspace form\x0cfeed\n")
write("\x1b]0;a window title\x07title gone\n")
write("working  10%\r\x1b[Kworking  90%\r\x1b[2Kfinished\n")  # as pip and rich redraw
write(" 50%\x1b[1Gdone\x1b[3Cthere\x1b[2Dre\n")
write("a stray \x1b]8;;link with no end\n")
write("does not swallow the next line\n")
"""
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_control_codes_are_shown_as_a_terminal_shows_them(project, cli):
    project.script("demo", "colours.py", CONTROL_OUTPUT)
    project.script("demo", "plain.py", "print('hello')\nprint('  world  ')\nprint()\n")
    page = project.page("demo", "index.rst", call("colours.py"), call("plain.py"))
    status, _, err = cli("cog")
    assert status == 0, err
    text = page.read_text()
    assert not RAW_CONTROL.search(text.replace("\t", "").replace("\n", ""))
    assert (
        "\t$ python3 colours.py\n\t\n\tred and green\n\tdownloading 100%\n"
        "\tnul\u2400 bel\u2407 bacspace form\u240cfeed\n\ttitle gone\n\tfinished\n"
        "\tdone   there\n\ta stray \n\tdoes not swallow the next line\n\n.. {{{end}}}"
    ) in text
    # Ordinary output keeps the seed format, byte for byte.
    assert (
        ".. }}}\n\n::\n\n\t$ python3 plain.py\n\t\n\thello\n\t  world  \n\t\n\n.. {{{end}}}" in text
    )
    assert cli("check")[0] == 0


def test_control_codes_in_a_failing_scripts_error_are_shown_too(project, cli):
    project.script(
        "demo", "fails.py", "print('\\x1b[31mFAILED\\x1b[0m\\x07')\nraise SystemExit(2)\n"
    )
    page = project.page("demo", "index.rst", call("fails.py"))
    original = page.read_bytes()
    status, _, err = cli("cog")
    assert status == 1
    assert "docs/demo/index.rst:6: fails.py exited with status 2" in err
    assert "| FAILED\u2407\n" in err
    assert page.read_bytes() == original


# -- 4. line endings and byte-order marks -----------------------------------


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["crlf", "crlf and bom"])
def test_a_crlf_page_keeps_its_line_endings_and_bom(project, cli, bom):
    project.script("demo", "lines.py", "print('one')\nprint('two\\r\\nthree')\n")
    reference = project.page("demo", "reference.rst", call("lines.py"), prose="Prose.\n")
    page = project.root / "docs" / "demo" / "windows.rst"
    lf = reference.read_text().replace("reference.rst\n=============", "windows.rst\n===========")
    page.write_bytes(bom + lf.replace("\n", "\r\n").encode())
    status, _, err = cli("cog")
    assert status == 0, err
    raw = page.read_bytes()
    assert raw.startswith(bom)
    body = raw[len(bom) :]
    assert not body.startswith(b"\xef\xbb\xbf")
    assert body.count(b"\n") == body.count(b"\r\n")  # every line ends CRLF
    assert (
        b"\r\n\t$ python3 lines.py\r\n\t\r\n\tone\r\n\ttwo\r\n\tthree\r\n\r\n.. {{{end}}}\r\n"
        in body
    )
    expected = reference.read_text().replace(
        "reference.rst\n=============", "windows.rst\n==========="
    )
    assert body.decode().replace("\r\n", "\n") == expected  # nothing else changed
    status, _, err = cli("cog", "--force")
    assert status == 0 and page.read_bytes() == raw
    assert cli("check")[0] == 0


def test_a_page_with_mixed_line_endings_changes_only_its_transcripts(project, cli):
    project.script("demo", "hello.py", "print('hello')\n")
    page = project.root / "docs" / "demo" / "index.rst"
    page.parent.mkdir(parents=True)
    block = (
        ".. {{{cog\r\n.. cog.out(run_script(cog.inFile, 'hello.py'))\r\n.. }}}\r\n.. {{{end}}}\r\n"
    )
    page.write_bytes(f"Title\r\n=====\r\n\r\nan LF line\nback to CRLF\r\n\r\n{block}".encode())
    assert cli("cog")[0] == 0
    assert b"an LF line\nback to CRLF\r\n" in page.read_bytes()


# -- 5. two passes at once --------------------------------------------------

SLOW = "import time\ntime.sleep({seconds})\nprint('slept', {n})\n"


def slow_chapter(project, scripts: int = 4, seconds: float = 1) -> None:
    for n in range(scripts):
        project.script("demo", f"slow{n}.py", SLOW.format(n=n, seconds=seconds))
    half = scripts // 2
    project.page("demo", "a.rst", *(call(f"slow{n}.py") for n in range(half)))
    project.page("demo", "b.rst", *(call(f"slow{n}.py") for n in range(half, scripts)))


def start_pass(root: Path, *args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "MOTW_CACHE_DIR"}
    return subprocess.Popen(
        [sys.executable, "-m", "motw", "cog", *args],
        cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def finish(started: subprocess.Popen, limit: float = 60) -> str:
    output, _ = started.communicate(timeout=limit)
    assert started.returncode == 0, output
    return output


def tree(root: Path) -> dict[str, bytes]:
    """Every file under *root* (hidden ones too), by relative path."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def reference_pass(project, tmp_path: Path) -> dict[str, bytes]:
    """The docs one lone pass makes of a copy of *project* as it is now."""
    copy = tmp_path / "reference"
    shutil.copytree(project.root, copy)
    finish(start_pass(copy, "-q"))
    return tree(copy / "docs")


def assert_cache_is_whole(cache: Path) -> None:
    entries = [p for p in cache.rglob("*") if p.is_file()]
    assert entries
    leftovers = [p for p in entries if p.name.startswith(".")]
    assert leftovers == [], "temporary files left in the cache"
    for path in entries:
        if path.suffix == ".json":
            json.loads(path.read_text("utf-8"))  # whole, never torn


def summary(path: Path) -> dict:
    return json.loads(path.read_text())


def test_a_second_pass_waits_for_the_first_and_the_tree_is_as_one_pass_makes_it(project, tmp_path):
    slow_chapter(project, seconds=2)  # long enough for the second to start meanwhile
    expected = reference_pass(project, tmp_path)
    lock = project.root / ".cache" / "motw.lock"
    first = start_pass(project.root, "--json", str(tmp_path / "first.json"))
    deadline = time.monotonic() + 20
    while f"pid {first.pid}" not in (lock.read_text() if lock.exists() else ""):
        assert time.monotonic() < deadline and first.poll() is None, (
            "the first pass never took the lock"
        )
        time.sleep(0.02)
    second = start_pass(project.root, "--json", str(tmp_path / "second.json"))
    first_output = finish(first)
    second_output = finish(second)
    assert f"waiting for the pass of pid {first.pid} to finish" in second_output
    assert "waiting" not in first_output
    assert summary(tmp_path / "first.json")["ran"] == 4
    assert summary(tmp_path / "second.json")["ran"] == 0  # it found the first's work done
    assert tree(project.root / "docs") == expected
    assert_cache_is_whole(project.root / ".cache" / "transcripts")
    checked = subprocess.run(
        [sys.executable, "-m", "motw", "check"], cwd=project.root, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr


def test_two_passes_writing_one_cache_at_once_leave_it_whole(project, tmp_path):
    """Two copies of a project share a cache through two paths (so their
    tree locks differ and nothing serializes them): both run everything
    at once, writing the same entries."""
    slow_chapter(project, scripts=6)
    expected = reference_pass(project, tmp_path)
    shared = tmp_path / "shared" / "transcripts"
    shared.mkdir(parents=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "transcripts").symlink_to(shared)
    roots = [tmp_path / "one", tmp_path / "two"]
    for root in roots:
        shutil.copytree(project.root, root)
    passes = [
        start_pass(roots[0], "--cache-dir", str(shared), "--json", str(tmp_path / "one.json")),
        start_pass(roots[1], "--cache-dir", str(tmp_path / "other" / "transcripts"),
                   "--json", str(tmp_path / "two.json")),
    ]  # fmt: skip
    for started in passes:
        finish(started)
    assert summary(tmp_path / "one.json")["ran"] == 6  # both ran everything: at once
    assert summary(tmp_path / "two.json")["ran"] == 6
    for root in roots:
        assert tree(root / "docs") == expected
    assert_cache_is_whole(shared)
    # A third copy is answered entirely by what the two stored.
    third = tmp_path / "three"
    shutil.copytree(project.root, third)
    finish(start_pass(third, "--cache-dir", str(shared), "--json", str(tmp_path / "three.json")))
    assert summary(tmp_path / "three.json")["ran"] == 0
    assert tree(third / "docs") == expected


def test_passes_on_one_project_with_different_caches_still_take_turns(project, tmp_path):
    slow_chapter(project, seconds=2)
    first = start_pass(project.root, "--cache-dir", ".cache/one/transcripts", "docs/demo/a.rst")
    lock = project.root / ".cache" / "motw.lock"  # the project's, whatever the cache
    deadline = time.monotonic() + 20
    while f"pid {first.pid}" not in (lock.read_text() if lock.exists() else ""):
        assert time.monotonic() < deadline and first.poll() is None
        time.sleep(0.02)
    second = start_pass(project.root, "--cache-dir", ".cache/two/transcripts", "docs/demo/b.rst")
    finish(first)
    output = finish(second)
    recorded = json.loads((project.root / "docs" / "demo" / "transcripts.lock").read_text())
    assert sorted(recorded["pages"]) == ["a.rst", "b.rst"], "a pass's lock records were lost"
    assert "waiting for" in output


# -- 6. the rest of the family ----------------------------------------------

CLOSER = """
import os, sys, time
print("before closing", flush=True)
os.close(1)
os.close(2)
time.sleep(0.5)  # still working, with nobody reading
with open("after.txt", "w") as stream:
    stream.write("written after closing\\n")
raise SystemExit(STATUS)
"""


@pytest.mark.parametrize("command", ["closer.py", "exec python3 closer.py"])
def test_a_script_that_closes_its_output_early_still_runs_to_its_end(
    project, cli, isolation, tokens, command
):
    """With ``exec`` the script is the pipe's only holder: the pass sees
    end-of-file while it still works, and must wait for it, not kill it."""
    project.script("demo", "closer.py", CLOSER.replace("STATUS", "0"))
    interpreter = {"interpreter": ""} if command.startswith("exec") else {}
    page = project.page(
        "demo",
        "index.rst",
        call(command, timeout=NEVER, **interpreter),
        call("cat after.txt", interpreter=""),
    )
    status, err, seconds = timed(cli, "cog")
    assert status == 0, err
    assert seconds < NEVER / 2
    text = page.read_text()
    assert "\t\n\tbefore closing\n\n.. {{{end}}}" in text
    assert "\t$ cat after.txt\n\t\n\twritten after closing\n\n" in text
    assert_no_survivors([], tokens)


def test_a_script_that_closes_its_output_and_fails_is_reported_with_its_own_status(
    project, cli, isolation
):
    project.script("demo", "closer.py", CLOSER.replace("STATUS", "3"))
    page = project.page(
        "demo", "index.rst", call("exec python3 closer.py", interpreter="", timeout=5)
    )
    original = page.read_bytes()
    status, err, _ = timed(cli, "cog")
    assert status == 1
    assert "docs/demo/index.rst:6: exec python3 closer.py exited with status 3" in err
    assert "| before closing" in err
    assert page.read_bytes() == original


def test_a_script_reading_standard_input_gets_end_of_file_at_once(project, cli):
    project.script(
        "demo",
        "reader.py",
        """
        import sys
        print(repr(sys.stdin.read()))
        try:
            input("name? ")
        except EOFError:
            print("end of file")
        """,
    )
    page = project.page("demo", "index.rst", call("reader.py", timeout=NEVER))
    status, err, seconds = timed(cli, "cog")
    assert status == 0, err
    assert seconds < NEVER / 2
    assert "\t''\n\tname? end of file\n\n" in page.read_text()


def test_a_script_that_kills_its_own_process_group_fails_alone(
    project, cli, isolation, pids, tokens
):
    project.script(
        "demo",
        "suicide.py",
        hostile(
            """
            import signal, subprocess, sys
            child = "import os, time; open(PIDS, 'a').write(SELF); time.sleep(300)"
            subprocess.Popen([sys.executable, "-c", child])
            wait_for(PIDS, 1)
            print("going", flush=True)
            os.killpg(0, signal.SIGKILL)
            time.sleep(300)
            """,
            PIDS=pids,
        ),
    )
    project.script("demo", "fine.py", "print('fine')\n")
    page = project.page("demo", "index.rst", call("suicide.py", timeout=NEVER))
    other = project.page("demo", "other.rst", call("fine.py"))
    original = page.read_bytes()
    status, err, seconds = timed(cli, "cog")
    assert status == 1
    assert seconds < NEVER / 2
    assert "docs/demo/index.rst:6: suicide.py exited with status -9" in err
    assert "| going" in err
    assert page.read_bytes() == original
    assert "\tfine\n" in other.read_text()  # the pass and its other runs live on
    assert len(recorded_pids(pids)) == 1
    assert_no_survivors(recorded_pids(pids), tokens)


def test_a_hundred_megabytes_on_one_line_is_cut_quickly_in_bounded_memory(project, cli, isolation):
    project.script(
        "demo",
        "flood.py",
        """
        import sys
        chunk = "x" * (1 << 20)
        for _ in range(100):
            sys.stdout.write(chunk)
        """,
    )
    page = project.page("demo", "index.rst", call("flood.py", timeout=NEVER))
    tracemalloc.start()  # the pass's own allocations, from here
    try:
        status, err, seconds = timed(cli, "cog")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert status == 0, err
    assert seconds < NEVER / 2
    assert peak < 16 * 2**20, f"the pass held {peak / 2**20:.1f} MiB at its peak"
    assert "docs/demo/index.rst:6: output of flood.py was cut (too long)" in err
    text = page.read_text()
    assert text.count("\t" + "x" * 64 + "\n") == 256 * 1024 // 64
    assert "\t" + "x" * 64 + "\n\t[output cut: more than 256 KiB]\n\n.. {{{end}}}" in text
    assert cli("check")[0] == 0


def test_a_script_deleting_its_files_affects_only_its_own_session(project, cli):
    project.script(
        "demo",
        "deleter.py",
        """
        import os, shutil
        for name in sorted(os.listdir(".")):
            print("deleting", name)
            shutil.rmtree(name) if os.path.isdir(name) else os.remove(name)
        """,
    )
    project.script("demo", "reader.py", "print(open('data/numbers.txt').read().strip())\n")
    data = project.root / "source_examples" / "demo" / "data"
    data.mkdir()
    (data / "numbers.txt").write_text("1 2 3\n")
    examples = tree(project.root / "source_examples")
    first = project.page("demo", "index.rst", call("deleter.py"), call("ls -A", interpreter=""))
    second = project.page("demo", "other.rst", call("reader.py"), call("ls", interpreter=""))
    status, _, err = cli("cog")
    assert status == 0, err
    text = first.read_text()
    assert "\tdeleting data\n\tdeleting deleter.py\n\tdeleting reader.py\n\n" in text
    assert "\t$ ls -A\n\t\n\n" in text  # its own session: gone
    assert "\t1 2 3\n" in second.read_text()  # another page: all there
    assert "\tdata\n\tdeleter.py\n\treader.py\n\n" in second.read_text()
    assert tree(project.root / "source_examples") == examples
    written = {page: page.read_bytes() for page in (first, second)}
    status, _, err = cli("cog", "--force")  # the next pass sees them too
    assert status == 0, err
    assert {page: page.read_bytes() for page in (first, second)} == written
    assert tree(project.root / "source_examples") == examples


# -- 6b. a read-only folder, a full disk --------------------------------------
# Root ignores permissions, so the real failures come from mounts made in a
# private mount namespace of the pass's own (`unshare --mount`): a read-only
# bind mount, a small tmpfs.  Where mounts are not permitted those tests skip
# and say why; the injected variants run everywhere.


def _mount_refusal() -> str:
    """Why mounts cannot be made here ("" when they can)."""
    try:
        probe = subprocess.run(
            ["unshare", "--mount", "--", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /tmp"],
            capture_output=True, text=True, timeout=20,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError) as error:
        return str(error)
    return "" if probe.returncode == 0 else probe.stderr.strip() or "mount failed"


MOUNT_REFUSAL = _mount_refusal()
needs_mounts = pytest.mark.skipif(
    bool(MOUNT_REFUSAL), reason=f"no private mounts here: {MOUNT_REFUSAL}"
)


def in_mount_namespace(root: Path, script: str, **env: object) -> subprocess.CompletedProcess:
    """Run the shell *script* in *root*, in a mount namespace of its own
    (its mounts vanish with it); ``$MOTW`` runs the command line."""
    environment = {k: v for k, v in os.environ.items() if k != "MOTW_CACHE_DIR"}
    environment.update({k: str(v) for k, v in env.items()})
    environment["MOTW"] = f"{sys.executable} -m motw"
    return subprocess.run(
        ["unshare", "--mount", "--", "sh", "-c", "set -u\n" + textwrap.dedent(script)],
        cwd=root, env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def hidden_leftovers(root: Path) -> list[str]:
    """Temporary files (atomic writes start them with a dot) under *root*."""
    return [
        p.relative_to(root).as_posix()
        for p in root.rglob(".*")
        if p.name not in (".cache", "motw.lock")
    ]


def two_pages(project) -> tuple[Path, Path]:
    project.script("demo", "hello.py", "print('hello')\n")
    project.script("demo", "numbers.py", "for n in range(3):\n    print(n)\n")
    return (
        project.page("demo", "index.rst", call("hello.py"), call("numbers.py")),
        project.page("demo", "other.rst", call("numbers.py")),
    )


def stale_pages(root: Path) -> tuple[int, str]:
    checked = subprocess.run(
        [sys.executable, "-m", "motw", "check", "--no-diff"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    return checked.returncode, checked.stderr


@needs_mounts
def test_a_read_only_page_folder_is_a_clear_error_and_nothing_is_half_written(project, tmp_path):
    two_pages(project)
    expected = reference_pass(project, tmp_path)
    before = tree(project.root / "docs")
    ran = in_mount_namespace(
        project.root,
        """
        mount --bind docs/demo docs/demo
        mount -o remount,bind,ro docs/demo
        $MOTW cog
        """,
    )
    assert ran.returncode == 1, ran.stderr
    for name in ("index", "other"):
        assert (
            f"error: docs/demo/{name}.rst: could not be written ([Errno 30] Read-only file system"
        ) in ran.stderr
    assert "Traceback" not in ran.stderr
    assert tree(project.root / "docs") == before  # every page as it was, no temporary file
    status, err = stale_pages(project.root)
    assert status == 1 and "docs/demo/index.rst" in err and "docs/demo/other.rst" in err
    # Writable again: the next pass is answered by the cache, and right.
    assert "0 ran, 3 from cache" in finish(start_pass(project.root))
    assert tree(project.root / "docs") == expected
    assert stale_pages(project.root)[0] == 0


@needs_mounts
def test_a_read_only_page_file_leaves_no_temporary_file_and_no_record(project, tmp_path):
    """The folder is writable, so the temporary file is made; replacing
    the page fails (it is a mount point): the temporary file goes, the
    other page is written, and the lock records only that one."""
    index, _ = two_pages(project)
    expected = reference_pass(project, tmp_path)
    original = index.read_bytes()
    ran = in_mount_namespace(
        project.root,
        """
        mount --bind docs/demo/index.rst docs/demo/index.rst
        mount -o remount,bind,ro docs/demo/index.rst
        $MOTW cog
        """,
    )
    assert ran.returncode == 1, ran.stderr
    assert "error: docs/demo/index.rst: could not be written ([Errno 16]" in ran.stderr
    assert "it is as it was" in ran.stderr
    assert index.read_bytes() == original
    assert hidden_leftovers(project.root / "docs") == []
    assert (project.root / "docs" / "demo" / "other.rst").read_bytes() == expected["demo/other.rst"]
    status, err = stale_pages(project.root)
    assert status == 1 and "docs/demo/index.rst" in err and "other.rst" not in err
    finish(start_pass(project.root))
    assert tree(project.root / "docs") == expected


def test_an_unwritable_page_folder_injected_leaves_everything_as_it_was(project, cli, monkeypatch):
    """The same failure, injected (runs where mounts are refused): making
    the temporary file beside the page fails, as in a read-only folder."""

    index, _ = two_pages(project)
    before = tree(project.root / "docs")
    real = tempfile.mkstemp

    def refusing(*args, dir=None, **kwargs):
        if Path(dir).name == "demo":
            raise PermissionError(13, "Permission denied (injected)")
        return real(*args, dir=dir, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(tempfile, "mkstemp", refusing)
        status, _, err = cli("cog")
    assert status == 1
    assert (
        "docs/demo/index.rst: could not be written ([Errno 13] Permission denied (injected))" in err
    )
    assert tree(project.root / "docs") == before
    assert cli("cog")[0] == 0
    assert "\thello\n" in index.read_text() and cli("check")[0] == 0


def test_a_page_that_could_not_be_written_is_not_reported_as_rewritten(project, cli, monkeypatch):

    project.script("demo", "hello.py", "print('hello')\n")
    project.page("demo", "index.rst", call("hello.py"))

    def refusing(*args, **kwargs):
        raise PermissionError(13, "Permission denied (injected)")

    monkeypatch.setattr(tempfile, "mkstemp", refusing)
    status, _, err = cli("cog")
    assert status == 1
    assert "rewrote 0 page(s)" in err and "  rewrote docs/demo/index.rst" not in err


FULL_DISK = """
mount -t tmpfs -o size=1m tmpfs "$SMALL"
cp -a . "$SMALL/project"
cd "$SMALL/project"
if [ "$ROOM" = 0 ]; then
    cat /dev/zero > "$SMALL/filler" 2>/dev/null || true
else
    cat /dev/zero > "$SMALL/filler" 2>/dev/null || true
    truncate -s -"$ROOM" "$SMALL/filler"
fi
$MOTW cog > "$OUT/full.log" 2>&1; echo $? > "$OUT/full.status"
cp -a . "$OUT/after-full"
rm "$SMALL/filler"
$MOTW cog > "$OUT/space.log" 2>&1; echo $? > "$OUT/space.status"
$MOTW check > "$OUT/check.log" 2>&1; echo $? > "$OUT/check.status"
cp -a . "$OUT/after-space"
"""


@needs_mounts
@pytest.mark.parametrize("room", [0, 40 * 1024], ids=["full", "nearly full"])
def test_a_full_disk_is_a_clear_error_and_does_not_poison_the_cache(project, tmp_path, room):
    """A 1 MiB tmpfs holds the project and its cache.  Full: nothing can be
    written.  Nearly full: the small script's cache entry fits, the page and
    the big one's entry do not.  Then, with room again, the next pass must
    be right, whatever the cache kept."""
    project.script("demo", "small.py", "print('small')\n")
    project.script("demo", "big.py", "for n in range(1500):\n    print(str(n).rjust(60, '.'))\n")
    page = project.page("demo", "index.rst", call("small.py"), call("big.py"))
    original = page.read_bytes()
    expected = reference_pass(project, tmp_path)
    small, out = tmp_path / "small", tmp_path / "out"
    small.mkdir()
    out.mkdir()
    ran = in_mount_namespace(project.root, FULL_DISK, SMALL=small, OUT=out, ROOM=room)
    assert ran.returncode == 0, ran.stderr
    full_log = (out / "full.log").read_text()
    assert (out / "full.status").read_text().strip() == "1", full_log
    assert (
        "error: docs/demo/index.rst: could not be written ([Errno 28] No space left on device)"
        in full_log
    )
    assert "Traceback" not in full_log
    after_full = out / "after-full"
    assert (after_full / "docs" / "demo" / "index.rst").read_bytes() == original
    assert not (after_full / "docs" / "demo" / "transcripts.lock").exists()
    assert hidden_leftovers(after_full) == []
    for entry in (after_full / ".cache" / "transcripts").rglob("*.json"):
        json.loads(entry.read_text())  # whole, or not there at all
    space_log = (out / "space.log").read_text()
    assert (out / "space.status").read_text().strip() == "0", space_log
    assert ("1 ran, 1 from cache" if room else "2 ran, 0 from cache") in space_log
    assert tree(out / "after-space" / "docs") == expected
    assert (out / "check.status").read_text().strip() == "0", (out / "check.log").read_text()


def test_a_full_disk_injected_leaves_pages_lock_and_cache_whole(project, cli, monkeypatch):
    """The same, injected (runs where mounts are refused): every atomic
    write fails as a full disk makes it fail, when its bytes are written."""
    from motw import atomic

    project.script("demo", "hello.py", "print('hello')\n")
    page = project.page("demo", "index.rst", call("hello.py"))
    original = page.read_bytes()
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device (injected)")

    with monkeypatch.context() as patch:
        patch.setattr(atomic.os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
        status, _, err = cli("cog")
    assert status == 1
    assert "docs/demo/index.rst: could not be written ([Errno 28] No space left" in err
    assert page.read_bytes() == original
    assert hidden_leftovers(project.root) == []
    assert list((project.root / ".cache").rglob("*.json")) == []  # nothing half-kept
    status, _, err = cli("cog")
    assert status == 0, err
    assert "\t$ python3 hello.py\n\t\n\thello\n\n" in page.read_text()
    assert cli("check")[0] == 0


@needs_mounts
def test_a_read_only_checkout_can_be_checked_and_a_pass_says_why_it_cannot_write(project, cli):
    two_pages(project)
    assert cli("cog")[0] == 0
    before = tree(project.root)
    ran = in_mount_namespace(
        project.root,
        """
        mount --bind . .
        mount -o remount,bind,ro .
        cd "$PWD"  # through the mount, not the folder under it
        $MOTW check; echo "check: $?"
        $MOTW cog; echo "cog: $?"
        """,
    )
    assert "Traceback" not in ran.stderr
    assert "are fresh" in ran.stderr and "check: 0" in ran.stdout
    assert "cog: 1" in ran.stdout
    assert "error: .cache/motw.lock: cannot take the lock on the tree" in ran.stderr
    assert "Read-only file system" in ran.stderr
    assert tree(project.root) == before
