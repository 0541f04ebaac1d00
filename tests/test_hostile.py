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

import os
import re
import resource
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from motw.cogpass import pages
from motw.engine import process

# A snippet for the hostile scripts: the pid of the calling process as the
# test sees it.  Inside a PID namespace os.getpid() is the namespace's
# number, but /proc is the host's, so /proc/self names the host's pid.
RECORD = '''
import os, time

def record(path):
    with open(path, "a") as stream:
        stream.write(os.readlink("/proc/self") + "\\n")

def wait_for(path, count):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with open(path) as stream:
                if len(stream.read().split()) >= count:
                    return
        except FileNotFoundError:
            pass
        time.sleep(0.02)
    raise SystemExit("the child never said it started")
'''


def hostile(body: str, **values: object) -> str:
    """A script: the RECORD helpers, then *body* with *values* filled in."""
    text = textwrap.dedent(body).lstrip("\n")
    for name, value in values.items():
        text = text.replace(name, repr(str(value)))
    return "#!/usr/bin/env python3\n" + RECORD + text


def call(command: str, **options: object) -> str:
    arguments = "".join(f", {name}={value!r}" for name, value in options.items())
    return f"run_script(cog.inFile, {command!r}{arguments})"


def recorded_pids(path: Path) -> list[int]:
    return [int(word) for word in path.read_text().split()] if path.exists() else []


def running(pid: int) -> bool:
    """Whether *pid* is a live process (a zombie has ended: it only waits
    for its parent to collect its status)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


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


def assert_no_survivors(pids: list[int], tokens: set[str] = frozenset()) -> None:
    # SIGKILL is delivered at once, but a process takes a moment to go.
    deadline = time.monotonic() + 1.0
    while True:
        alive = [pid for pid in pids if running(pid)]
        left = carriers(tokens)
        if not alive and not left:
            return
        if time.monotonic() > deadline:
            for pid in alive + left:
                try:
                    os.kill(pid, 9)  # don't leave them to the next test
                except OSError:
                    pass
            pytest.fail(f"processes survived the pass: {alive} (recorded), {left} (carrying a token)")
        time.sleep(0.05)


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
    "open(PIDS, 'a').write(os.readlink('/proc/self') + '\\\\n'); time.sleep(300)"
subprocess.Popen([sys.executable, "-c", daemon.replace("PIDS", repr(PIDS))], start_new_session=True)
wait_for(PIDS, 1)
print("main done", flush=True)
"""

SHELL_SERVER = (
    "(read -r pid rest < /proc/self/stat; echo $pid >> PIDS; exec sleep 300) & "
    "while [ ! -s PIDS ]; do sleep 0.05; done; echo server started"
)



def daemon_pages(project, root: Path, hang: bool) -> dict[str, tuple[Path, Path]]:
    """One page per kind of daemon, each writing its pids to its own file:
    one pass runs them all at once.  Returns kind -> (page, pid file)."""
    made = {}
    tail = "time.sleep(300)\n" if hang else ""
    for name, body in (("fork", FORKED_DAEMON), ("popen", NEW_SESSION_DAEMON)):
        pids = root / f"{name}.pids"
        project.script("demo", f"{name}.py", hostile(body + tail, PIDS=pids))
        made[name] = (project.page("demo", f"{name}.rst", call(f"{name}.py", timeout=5)), pids)
    pids = root / "shell.pids"
    command = SHELL_SERVER.replace("PIDS", str(pids)) + ("; sleep 300" if hang else "")
    made["shell"] = (project.page("demo", "shell.rst", call(command, interpreter="", timeout=5)), pids)
    return made


def test_daemons_are_ended_a_moment_after_their_scripts_exit(project, cli, isolation, tmp_path, tokens):
    made = daemon_pages(project, tmp_path, hang=False)
    status, err, seconds = timed(cli, "cog")
    assert status == 0, err
    assert seconds < 3, "the pass waited for a daemon instead of a short grace"
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
    assert 5 <= seconds < 8
    assert "docs/demo/fork.rst:6: fork.py did not finish within 5 s" in err
    assert "docs/demo/popen.rst:6: popen.py did not finish within 5 s" in err
    assert re.search(r"docs/demo/shell.rst:6: .*sleep 300 did not finish within 5 s", err)
    assert err.count("| main done") == 2 and "| server started" in err
    for name, (page, _) in made.items():
        assert page.read_bytes() == originals[name]
    pids = [pid for _, path in made.values() for pid in recorded_pids(path)]
    assert len(pids) == 3
    assert_no_survivors(pids, tokens)
