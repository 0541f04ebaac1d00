"""run_script on its own: real scripts run in a scratch copy of their folder."""

import sys
import time

import pytest

from motw import run_script
from motw.errors import ScriptFailed, ScriptMissing, ScriptTimedOut


@pytest.fixture
def page(project):
    return str(project.page("demo", "index.rst"))


def test_runs_the_chapters_script_in_the_seed_format(project, page):
    project.script("demo", "hello.py", "print('hello')\n")
    assert run_script(page, "hello.py") == "\n::\n\n\t$ python3 hello.py\n\t\n\thello\n\n"


def test_stderr_is_merged_in_order(project, page):
    project.script(
        "demo",
        "both.py",
        "import sys\nprint('out 1')\nprint('err', file=sys.stderr)\nprint('out 2')\n",
    )
    assert run_script(page, "both.py").endswith("\tout 1\n\terr\n\tout 2\n\n")


def test_python3_is_the_interpreter_running_the_pass(project, page):
    project.script("demo", "version.py", "import sys\nprint(sys.version.split()[0])\n")
    assert f"\t{sys.version.split()[0]}\n" in run_script(page, "version.py")


def test_shell_command_without_interpreter(project, page):
    for name in ("b.txt", "a.txt", "c.dat"):
        (project.root / "source_examples" / "demo" / name).parent.mkdir(parents=True, exist_ok=True)
        (project.root / "source_examples" / "demo" / name).write_text(name)
    text = run_script(page, "ls -1 *.txt", interpreter="")
    assert text == "\n::\n\n\t$ ls -1 *.txt\n\t\n\ta.txt\n\tb.txt\n\n"


def test_script_name_as_a_list_of_words(project, page):
    project.script("demo", "args.py", "import sys\nprint(sys.argv[1:])\n")
    text = run_script(page, ["args.py", "--name", "x"])
    # As paverutils shows a list: one word per line, continued with " \\".
    assert "\t$ python3 args.py \\\n\t--name \\\n\tx\n" in text
    assert "\t['--name', 'x']\n" in text


def test_failure_names_chapter_script_status_and_shows_the_tail(project, page):
    project.script("demo", "fail.py", "print('before')\nraise SystemExit(3)\n")
    with pytest.raises(ScriptFailed) as caught:
        run_script(page, "fail.py")
    message = str(caught.value)
    assert message.startswith("docs/demo/index.rst")
    assert "fail.py exited with status 3" in message
    assert "| before" in message


def test_ignore_error_keeps_the_traceback_with_paths_hidden(project, page):
    project.script("demo", "boom.py", "raise ValueError('boom')\n")
    text = run_script(page, "boom.py", ignore_error=True)
    assert 'File ".../boom.py", line 6, in <module>' in text
    assert "\tValueError: boom\n" in text
    assert str(project.root) not in text


def test_missing_script(project, page):
    project.script("demo", "other.py", "pass\n")
    with pytest.raises(ScriptMissing, match=r"script 'nope.py' not found in source_examples/demo"):
        run_script(page, "nope.py")


def test_missing_example_folder(project, page):
    with pytest.raises(ScriptMissing, match="example folder source_examples/demo does not exist"):
        run_script(page, "hello.py")


def test_timeout_stops_the_script_and_shows_partial_output(project, page):
    project.script("demo", "hang.py", "import time\nprint('started')\ntime.sleep(60)\n")
    started = time.monotonic()
    with pytest.raises(ScriptTimedOut) as caught:
        run_script(page, "hang.py", timeout=1)
    assert time.monotonic() - started < 10
    assert "hang.py did not finish within 1 s" in str(caught.value)
    assert "| started" in str(caught.value)


def test_undecodable_output_is_replaced_not_fatal(project, page, capsys):
    project.script(
        "demo", "bytes.py", "import sys\nsys.stdout.buffer.write(b'ok \\xff\\xfe!\\n')\n"
    )
    text = run_script(page, "bytes.py")
    assert "\tok \ufffd\ufffd!\n" in text
    assert "not valid UTF-8; 2 undecodable byte(s)" in capsys.readouterr().err


def test_enormous_output_is_cut_with_a_note(project, page, capsys):
    project.script("demo", "flood.py", "while True:\n    print('x' * 60)\n")
    started = time.monotonic()
    text = run_script(page, "flood.py", timeout=20)
    assert time.monotonic() - started < 15
    assert "[output cut: more than 256 KiB]" in text
    assert len(text) < 300 * 1024
    assert "was cut (too long)" in capsys.readouterr().err


def test_scripts_run_in_a_scratch_copy(project, page):
    project.script("demo", "helper.py", "GREETING = 'from helper'\n")
    project.script(
        "demo",
        "writer.py",
        "import helper\nopen('out.txt', 'w').write('x')\nprint(helper.GREETING)\n",
    )
    folder = project.root / "source_examples" / "demo"
    before = sorted(p.name for p in folder.iterdir())
    assert "\tfrom helper\n" in run_script(page, "writer.py")
    assert sorted(p.name for p in folder.iterdir()) == before  # no out.txt, no __pycache__


def test_environment_is_fixed(project, page, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    monkeypatch.setenv("PYTHONHASHSEED", "random")
    monkeypatch.setenv("SECRET_FROM_SHELL", "leak")
    project.script(
        "demo",
        "env.py",
        """
        import os, sys, time
        print(os.environ['TZ'], os.environ['LC_ALL'], os.environ['COLUMNS'])
        print(os.environ.get('SECRET_FROM_SHELL'), hash('abc'))
        print(time.strftime('%Z'), sys.stdout.encoding, os.getcwd())
        print(sys.flags.no_user_site, sys.dont_write_bytecode)
        """,
    )
    first = run_script(page, "env.py")
    assert "\tUTC C.UTF-8 80\n" in first
    assert "\tNone " in first
    assert "\tUTC utf-8 ...\n" in first
    assert "\t1 True\n" in first
    assert run_script(page, "env.py") == first  # same hash: fixed PYTHONHASHSEED


def test_plain_cogapp_can_call_run_script_too(project):
    """Without the pass: cogapp's own command line with a prologue import."""
    import subprocess

    project.script("demo", "hello.py", "print('hello')\n")
    page = project.page("demo", "index.rst", "run_script(cog.inFile, 'hello.py')")
    command = [
        sys.executable, "-m", "cogapp", "-r", "--markers={{{cog }}} {{{end}}}",
        "-p", "from motw import run_script", "docs/demo/index.rst",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=project.root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert ".. }}}\n\n::\n\n\t$ python3 hello.py\n\t\n\thello\n\n.. {{{end}}}" in page.read_text()

    project.script("demo", "hello.py", "raise SystemExit(4)\n")
    result = subprocess.run(command, cwd=project.root, capture_output=True, text=True)
    assert result.returncode != 0
    assert "docs/demo/index.rst:6: hello.py exited with status 4" in result.stderr
