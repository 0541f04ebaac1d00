"""A script sees what ``python3 script.py`` in its folder would see.

What the pass adds to a run (the module every Python of a run starts,
which records what it reads and makes output line-buffered) must not
change what the script does.  Each probe here runs twice: through
``run_script`` (a real run of the pass: working copy, fixed
environment, tracer, PID namespace) and plainly, ``/bin/sh -c`` in a
copy of the folder with the same fixed environment and the same
Python, and the two outputs must be equal after the paths of the two
folders are shown as ``...`` (as the pass shows them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from motw import run_script
from motw.config import load
from motw.engine.environment import SYSTEM_PATH, fixed
from motw.engine.interpreters import Interpreters
from motw.project import project_root_for

PROBES = {
    # PyMOTW's resource_setrlimit_nofile.py: only 0-2 may be open.
    "fd_probe.py": (
        "import os, resource\n"
        "print('open at start:', sorted(int(fd) for fd in os.listdir('/proc/self/fd')))\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (4, hard))\n"
        "random = open('/dev/random', 'rb')\n"
        "print('random has fd =', random.fileno())\n"
    ),
    "environment_probe.py": (
        "import os, sys\n"
        "for name, value in sorted(os.environ.items()):\n"
        "    if name != 'PATH':  # the pass's own python3 comes first\n"
        "        print(name, '=', value)\n"
        "print('sys.path =', sys.path)\n"
        "print('modules =', sorted(sys.modules))\n"
        "print('sitecustomize' in sys.modules, os.stat.__name__, os.lstat.__module__)\n"
    ),
    "child_probe.py": (
        "import subprocess, sys\n"
        "code = 'import os, sys; print(sorted(os.environ)); print(sys.path[1:])'\n"
        "subprocess.run([sys.executable, '-c', code], check=True)\n"
        "subprocess.run([sys.executable, '-c', code], env=dict(PYTHONHASHSEED='0'))\n"
    ),
    # A traceback through os.stat shows no frame of the pass.
    "stat_probe.py": (
        "import os, pathlib\n"
        "print(os.path.exists('missing.txt'), os.path.getsize('stat_probe.py') > 0)\n"
        "pathlib.Path('missing.txt').stat()\n"
    ),
    # What a profiler records: the functions called, with their counts.
    "profile_probe.py": (
        "import cProfile, os, pstats\n"
        "def work():\n"
        "    os.stat('profile_probe.py')\n"
        "    with open('profile_probe.py') as f:\n"
        "        return len(f.read()) > 0\n"
        "profiler = cProfile.Profile()\n"
        "profiler.runcall(work)\n"
        "for (_, line, name), (calls, *_) in sorted(pstats.Stats(profiler).stats.items()):\n"
        "    print(name, line, calls)\n"
        "print(os.path.exists('missing.txt'))\n"
    ),
    "trace_example/main.py": (
        "from recurse import recurse\n\n"
        "def main():\n"
        "    print('This is the main program.')\n"
        "    recurse(2)\n\n"
        "if __name__ == '__main__':\n"
        "    main()\n"
    ),
    "trace_example/recurse.py": (
        "def recurse(level):\n"
        "    print('recurse({})'.format(level))\n"
        "    if level:\n"
        "        recurse(level - 1)\n"
    ),
    "coverdir1/README": "trace writes its counts here\n",
}

# PyMOTW's trace chapter: counts written, then read by the next run.
TRACE = "-m trace --count --file coverdir1/coverage_report.dat trace_example/main.py"
TRACE_COMMANDS = [
    TRACE,
    TRACE,
    "-m trace --coverdir coverdir1 --report --summary --missing "
    "--file coverdir1/coverage_report.dat trace_example/main.py",
    "-m trace --listfuncs trace_example/main.py",
    "-m trace --listfuncs --trackcalls trace_example/main.py",
    "ls coverdir1",
]


@pytest.fixture
def folder(tmp_path):
    """The probes' folder (the standalone layout: the page beside them)."""
    folder = tmp_path / "probes"
    for name, text in PROBES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder


def output_of(transcript: str) -> str:
    """The output part of a transcript made with ``break_lines_at=0``."""
    lines = transcript.split("\n")
    start = lines.index("\t") + 1  # the blank line after the command
    return "\n".join(line.removeprefix("\t") for line in lines[start:]).rstrip("\n") + "\n"


def through_the_pass(folder: Path, command: str, interpreter: str | None = "python3") -> str:
    return output_of(
        run_script(
            str(folder / "index.rst"),
            command,
            interpreter=interpreter,
            ignore_error=True,
            break_lines_at=0,
        )
    )


class Plain:
    """Commands run plainly in a copy of the folder, one after another."""

    def __init__(self, folder: Path, scratch: Path):
        root = project_root_for(folder / "index.rst")
        self.interpreter = Interpreters(root).find(load(root).primary)
        assert self.interpreter is not None, "the primary Python runs the pass"
        bin_dir = scratch / "bin"
        bin_dir.mkdir()
        (bin_dir / "python3").write_text(f'#!/bin/sh\nexec {self.interpreter.executable} "$@"\n')
        (bin_dir / "python3").chmod(0o755)
        self.copy = scratch / folder.name
        shutil.copytree(folder, self.copy)
        self.scratch = scratch
        for name in ("home", "tmp"):
            (scratch / name).mkdir()
        self.env = {
            **fixed(),
            "PATH": os.pathsep.join([str(bin_dir), SYSTEM_PATH]),
            "HOME": str(scratch / "home"),
            "TMPDIR": str(scratch / "tmp"),
        }

    def run(self, command: str, interpreter: str | None = "python3") -> str:
        line = f"{interpreter} {command}" if interpreter else command
        result = subprocess.run(
            ["/bin/sh", "-c", line],
            cwd=self.copy,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            check=False,
        )
        text = result.stdout.decode()
        prefixes = [str(self.copy), str(self.scratch), *self.interpreter.prefixes]
        for prefix in sorted({*prefixes, *map(os.path.realpath, prefixes)}, key=len, reverse=True):
            text = text.replace(prefix, "...")
        return text.rstrip("\n") + "\n"


@pytest.fixture
def plain(folder):
    with tempfile.TemporaryDirectory(prefix="plain-") as scratch:
        yield Plain(folder, Path(scratch))


@pytest.mark.parametrize("probe", ["fd_probe.py", "environment_probe.py", "child_probe.py"])
def test_a_script_sees_what_it_would_see_run_plainly(folder, plain, probe):
    """Open descriptors (a limit of 4 descriptors leaves 3 for the first
    file), ``os.environ`` (the pass's variables hidden, yet inherited by
    a child Python, which hides them too), ``sys.path``, ``sys.modules``."""
    expected = plain.run(probe)
    assert through_the_pass(folder, probe) == expected
    if probe == "fd_probe.py":
        assert expected == "open at start: [0, 1, 2, 3]\nrandom has fd = 3\n"
    if probe == "environment_probe.py":
        assert "MOTW" not in expected and "PYTHONPATH" not in expected
        assert "False stat posix" in expected


def test_a_traceback_shows_no_frame_of_the_pass(folder, plain):
    expected = plain.run("stat_probe.py")
    assert through_the_pass(folder, "stat_probe.py") == expected
    assert expected.startswith("False True\nTraceback (most recent call last):\n")
    assert "FileNotFoundError" in expected and "sitecustomize" not in expected


def test_a_profiler_sees_only_the_script(folder, plain):
    expected = plain.run("profile_probe.py")
    assert through_the_pass(folder, "profile_probe.py") == expected
    assert "work 2 1\n" in expected and "<built-in method posix.stat>" in expected


def test_trace_counts_and_call_lists_are_the_script_s_own(folder, plain):
    """PyMOTW's trace chapter: counts written by one run and read by the
    next, a coverage report, the functions called; a page session like
    PyMOTW's, each command after the one before."""
    for number, command in enumerate(TRACE_COMMANDS):
        interpreter = None if command.startswith("ls") else "python3"
        expected = plain.run(command, interpreter)
        assert through_the_pass(folder, command, interpreter) == expected, command
        assert "sitecustomize" not in expected
        assert number == 0 or "Skipping counts" not in expected  # the first makes them
    assert "recurse.cover" in expected  # the last: ls coverdir1


def test_a_run_is_still_traced(project, cli):
    """Out of sight is not out of mind: a run that reads a data file only
    through os.stat and open is keyed on it, so changing it re-runs it,
    and a run that starts a profiler (the stat wrappers put back) counts
    as having read everything."""
    project.script("demo", "sizes.py", "import os\nprint(os.path.getsize('data.txt'))\n")
    project.script(
        "demo", "profiled.py", "import cProfile\ncProfile.run('print(1)', sort='calls')\n"
    )
    data = project.root / "source_examples" / "demo" / "data.txt"
    data.write_text("12345\n")
    (project.root / "source_examples" / "demo" / "other.txt").write_text("x\n")
    page = project.page(
        "demo",
        "index.rst",
        "run_script(cog.inFile, 'sizes.py')",
        "run_script(cog.inFile, 'profiled.py')",
    )
    assert cli("cog")[0] == 0
    assert "\t6\n" in page.read_text()
    data.write_text("1234567\n")
    status, out, err = cli("cog")
    assert status == 0, err
    assert "\t8\n" in page.read_text()
    (project.root / "source_examples" / "demo" / "other.txt").write_text("y\n")
    status, out, err = cli("check", "--no-diff")
    assert status == 1, out + err
    stale = [line for line in (out + err).splitlines() if "may be stale: docs" in line]
    assert len(stale) == 1, stale  # sizes.py read data.txt only
    assert "profiled.py on" in stale[0]
    assert "(its command may read any of them)" in stale[0]
