"""motw's transcripts against the real sphinxcontrib-paverutils 1.18.1.

The promise: a transcript is byte for byte what paverutils' ``run_script``
writes, called through PyMOTW-3's wrapper in its ``pavement.py``
(``break_lines_at=64`` unless given; unless the call gives its own
``line_cleanups``, cleanups eliding the example folder and the virtual
environment and shortening a line made only of ``-``, only of ``=`` or
only of ``*`` to 64 of them), except the opener (the seed's ``::`` for
``.. code-block:: none``).  Here both run real scripts, side by side:

- paverutils runs ``cd <folder>; <command> 2>&1`` in the folder itself;
- motw runs in a scratch copy with its fixed environment.

PyMOTW's scripts inherit the author's shell; here the reference gets
motw's fixed environment instead (its variables, and ``python3`` the
Python motw runs, from an activated virtual environment as PyMOTW's
is), so both print the same bytes and what is compared is the layout.

Generated outputs leave out, and one small test each shows instead,
only what motw changes on purpose: control characters other than tab
and newline, three braces in a row, a one-word list, paths of the
scratch folder and the Python installation, memory addresses.  motw
elides paths whatever the call's ``line_cleanups``, so the reference
elides them always too.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from motw import run_script as motw_run_script
from motw import separator_cleanups, substitute
from motw.engine.environment import FIXED, SYSTEM_PATH
from motw.engine.options import LINE_BREAK_MODES
from motw.errors import ScriptFailed

PAVER_OPENER = "\n.. code-block:: none\n\n"
SEED_OPENER = "\n::\n\n"
ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{8,16}\b")  # what motw masks as 0x...


# --- The reference: paverutils' run_script as PyMOTW-3 calls it ----------

RULE_WIDTH = 64  # PyMOTW's pavement shortens longer rules to this


def pymotw_rule(char: str):
    """PyMOTW's pavement cleanup for one character, from its behaviour: a
    line of nothing but *char*, longer than 64, becomes 64 of it."""

    def shorten(_input_file: str, line: str) -> str:
        if set(line) == {char} and len(line) > RULE_WIDTH:
            return char * RULE_WIDTH
        return line

    return shorten


PYMOTW_RULES = [pymotw_rule(char) for char in "-=*"]


@pytest.fixture(scope="module")
def paverutils():
    """The module, without the ``run_script`` it puts into builtins on
    import (cog blocks elsewhere in the suite must not see it)."""
    had = hasattr(builtins, "run_script")
    from sphinxcontrib import paverutils as module

    if not had and hasattr(builtins, "run_script"):
        del builtins.run_script
    return module


@pytest.fixture(scope="module")
def reference(paverutils):
    """``reference(input_file, script_name, **options)``: the paverutils
    transcript, through PyMOTW-3's wrapper, in motw's environment.  The
    wrapper's default cleanups apply only when the call gives none."""
    # PyMOTW runs in an activated virtual environment: its bin folder first.
    bin_dir = os.path.dirname(sys.executable)
    environment = {**FIXED, "PATH": os.pathsep.join([bin_dir, SYSTEM_PATH])}

    def run(input_file: str, script_name, **options) -> str:
        folder = os.path.dirname(os.path.abspath(input_file))
        elided = sorted({folder, sys.prefix}, key=len, reverse=True)

        def elide(_input_file: str, line: str) -> str:
            for prefix in elided:
                line = line.replace(prefix, "...")
            return line

        options.setdefault("break_lines_at", 64)
        options["line_cleanups"] = [elide, *options.get("line_cleanups", PYMOTW_RULES)]
        with replaced_environment(environment):
            return paverutils.run_script(input_file, script_name, **options)

    return run


@contextlib.contextmanager
def replaced_environment(environment: dict[str, str]):
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(environment)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def as_seed(reference_text: str) -> str:
    """The reference transcript with the seed's opener, the one change."""
    if reference_text.startswith(PAVER_OPENER):
        return SEED_OPENER + reference_text[len(PAVER_OPENER) :]
    return reference_text


def printing_script(output: str, status: int = 0, traceback: bool = False) -> str:
    """A script that prints exactly *output* (as UTF-8), then exits."""
    lines = [
        "import sys",
        f"sys.stdout.buffer.write({output.encode('utf-8')!r})",
        "sys.stdout.flush()",
    ]
    if traceback:
        lines.append("raise RuntimeError('the example fails')")
    elif status:
        lines.append(f"raise SystemExit({status})")
    return "\n".join(lines) + "\n"


@contextlib.contextmanager
def standalone_folder(scripts: dict[str, str]):
    """A fresh folder holding *scripts*; yields the page path beside them
    (the standalone layout: a page takes its scripts from its own folder)."""
    with tempfile.TemporaryDirectory(prefix="paverutils-") as folder:
        for name, text in scripts.items():
            Path(folder, name).write_text(text)
        yield str(Path(folder, "index.rst"))


# --- Generators ------------------------------------------------------------

# Left out of generated output, each shown by its own test further down:
# - control characters other than tab and newline (and Unicode's line and
#   paragraph separators): motw shows them as a terminal would;
# - three braces in a row: motw escapes them so no page holds cog markers;
# - memory addresses: motw masks them (0x...);
# - the paths of the scratch folder and the Python installation: masked (...).
CHARACTERS = st.one_of(
    st.sampled_from("aaaaeeeiou bcdxyz  --\t.,:;()[]{}'\"/_"),
    st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")),
)
WIDTHS = st.one_of(st.none(), st.just(0), st.integers(8, 100))


def shown_as_is(text: str) -> bool:
    """No text that motw changes on purpose (see above)."""
    return (
        "{{{" not in text
        and "}}}" not in text
        and not ADDRESS.search(text)
        and not any(p in text for p in {sys.prefix, sys.base_prefix, tempfile.gettempdir()})
    )


@st.composite
def lines_near(draw, width: int) -> str:
    """A line of a length around *width* (just under, at, just over, twice,
    or any): text, indented text, text with trailing spaces or tabs, words
    to wrap at (some longer than the width), or only whitespace."""
    length = draw(
        st.sampled_from([width - 1, width, width + 1, 2 * width, 2 * width + 1])
        | st.integers(0, 3 * width)
    )
    shape = draw(st.sampled_from(["text", "indented", "trailing", "words", "whitespace", "rule"]))
    if shape == "whitespace":
        return draw(st.text(" \t", min_size=length, max_size=length))
    if shape == "rule":  # a report's separator: shortened by default
        return draw(st.sampled_from("-=*_")) * length
    indent = draw(st.sampled_from(["  ", "    ", "\t", " \t"])) if shape == "indented" else ""
    trailing = draw(st.sampled_from([" ", "   ", "\t", " \t"])) if shape == "trailing" else ""
    size = max(length - len(indent) - len(trailing), 0)
    if shape == "words" or draw(st.booleans()):
        words = draw(st.lists(st.text("abcdefgh-", min_size=1, max_size=width + 4), min_size=1))
        gaps = draw(st.sampled_from([" ", " ", "  ", "\t"]))
        body = gaps.join(words)[:size].ljust(size, "x")
    else:
        body = draw(st.text(CHARACTERS, min_size=size, max_size=size))
    return indent + body + trailing


@st.composite
def outputs(draw, width: int) -> str:
    """What a script prints: lines around *width*, runs of blank lines
    (also at the end), with or without a final newline."""
    lines = draw(st.lists(lines_near(width) | st.just(""), max_size=10))
    lines += [""] * draw(st.sampled_from([0, 0, 1, 2, 5]))
    ending = draw(st.sampled_from(["\n", "\n", ""]))
    return "\n".join(lines) + (ending if lines else "")


ARGUMENT = st.from_regex(r"[A-Za-z0-9_.=,+-]{1,24}", fullmatch=True)
SCRIPT = st.from_regex(r"[a-z][a-z0-9_]{0,40}\.py", fullmatch=True)
# Cleanups apply to the command line twice (before and after it is
# broken): one that is not idempotent shows that motw does so too.
CLEANUPS = st.sampled_from(
    [[], [substitute("e", "ee")], [substitute("[ao ]", "")], [*separator_cleanups]]
)


@st.composite
def options(draw, width) -> dict:
    """Keyword arguments of run_script; an omitted one takes its default."""
    chosen: dict = {}
    if width != 64 or draw(st.booleans()):
        chosen["break_lines_at"] = width
    for name, values in (
        ("trailing_newlines", st.booleans()),
        ("include_prefix", st.booleans()),
        ("line_cleanups", CLEANUPS),
    ):
        if draw(st.booleans()):
            chosen[name] = draw(values)
    return chosen


def compare(reference, page: str, script_name, **options) -> tuple[str, str]:
    """(reference transcript with the seed opener, motw transcript) of the
    scripts beside *page*."""
    expected = as_seed(reference(page, script_name, **options))
    return expected, motw_run_script(page, script_name, **options)


def both(reference, scripts: dict[str, str], script_name, **options) -> tuple[str, str]:
    """:func:`compare` in a fresh folder holding *scripts*."""
    with standalone_folder(scripts) as page:
        return compare(reference, page, script_name, **options)


# --- 1. Generated outputs and commands, one script at a time --------------

# Each example runs processes (paverutils a shell and Python, motw its
# scratch run; motw's cache answers the repeats of one example).
RUNS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MODES = (None, *LINE_BREAK_MODES)  # None: the default, left out of the call
FAILURES = st.sampled_from([{}, {}, {"status": 3}, {"traceback": True}])


@pytest.mark.slow  # 30 examples, each run by both tools
@settings(RUNS, max_examples=30)
@given(data=st.data(), width=WIDTHS)
@example(data=None, width=64)
def test_output_is_laid_out_as_paverutils_does(reference, data, width):
    """Every width, in every break mode: blank, whitespace-only, indented and
    overlong lines, tabs, trailing spaces, blank lines at the end; with and
    without prefix and trailing newlines; a failing script with ignore_error."""
    if data is None:  # pinned: the default call on the widths' edges
        output = f"{'x' * 63}\n{'y' * 64}\n{'z' * 65}\n  {'w ' * 40}\n\tend  \n\n\n"
        kwargs: dict = {}
        failure: dict = {}
    else:
        output = data.draw(outputs(width or 64), label="output")
        kwargs = data.draw(options(width), label="options")
        failure = data.draw(FAILURES, label="failure")
    assume(shown_as_is(output))
    if failure:
        kwargs["ignore_error"] = True
    calls = [{"line_break_mode": mode} for mode in LINE_BREAK_MODES]
    if data is None:
        calls.insert(0, {})  # and with every option left to its default
    with standalone_folder({"gen.py": printing_script(output, **failure)}) as page:
        for mode in calls:
            expected, actual = compare(reference, page, "gen.py", **kwargs, **mode)
            assert actual == expected, mode


RULE_LENGTHS = (RULE_WIDTH - 1, RULE_WIDTH, RULE_WIDTH + 1, 200)


@pytest.mark.slow  # every length of rule, by both tools
@pytest.mark.parametrize("char", ["-", "=", "*"])
def test_separator_lines_are_shortened_as_pymotw_does(reference, char):
    """A rule of 63, 64, 65 and 200 characters, between text and beside a
    rule with something else in it: by default in every break mode, with
    the defaults given back explicitly, and with a block's own cleanups
    (which replace the defaults, so long rules are broken again)."""
    rules = [char * length for length in RULE_LENGTHS]
    output = "\n".join(["before", *rules, char * 70 + " ", "-=" * 40, "after"]) + "\n"
    calls = [
        {},
        *({"line_break_mode": mode} for mode in LINE_BREAK_MODES),
        {"line_cleanups": [*separator_cleanups]},
        {"line_cleanups": []},
        {"line_cleanups": [substitute("after", "later")]},
        {"break_lines_at": 0},
        {"break_lines_at": 100},
    ]
    with standalone_folder({"rules.py": printing_script(output)}) as page:
        for kwargs in calls:
            expected, actual = compare(reference, page, "rules.py", **kwargs)
            assert actual == expected, kwargs
        shortened = motw_run_script(page, "rules.py").split("\n")
        unchanged = motw_run_script(page, "rules.py", line_cleanups=[]).split("\n")
    # What the comparison above holds, spelled out for the default call:
    assert shortened[6:11] == [
        "\t" + char * 63,
        "\t" + char * 64,
        "\t" + char * 64,
        "\t" + char * 64,
        "\t" + char * 64,
    ]
    assert ("\t" + char * (200 - 3 * 64)) in unchanged  # the tail of 200, broken


@st.composite
def commands(draw) -> tuple[dict[str, str], object, dict]:
    """(scripts, script_name, options): a script with interpreter options
    and many arguments, as a string or a list of 2+ words, with any
    interpreter, or none (a shell command running it)."""
    script = draw(SCRIPT)
    arguments = draw(st.lists(ARGUMENT, max_size=25))
    interpreter = draw(st.sampled_from(["default", "python3", "python", "python3 -u", "", None]))
    kwargs: dict = {} if interpreter == "default" else {"interpreter": interpreter}
    if interpreter == "python" and draw(st.booleans()):
        kwargs["adjust_python_for_version"] = False  # then `python` is shown and run
    flags = draw(st.lists(st.sampled_from(["-B", "-X utf8", "-W ignore", "-s"]), max_size=3))
    words = [*flags, script, *arguments]
    if not interpreter:  # a shell command running the script
        words = ["python3", *words]
    listed = len(words) >= 2 and draw(st.booleans())
    script_name = words if listed else " ".join(words)
    width = draw(WIDTHS)
    kwargs.update(draw(options(width)))
    mode = draw(st.sampled_from(MODES))
    if mode is not None:
        kwargs["line_break_mode"] = mode
    output = draw(outputs(width or 64))
    assume(shown_as_is(output))
    return {script: printing_script(output)}, script_name, kwargs


@pytest.mark.slow  # 40 examples, each run by both tools
@RUNS
@given(commands())
@example(({"s.py": printing_script("out\n")}, ["s.py", "--verbose", "input.txt"], {}))
@example(({"s.py": printing_script("out\n")}, "s.py " + " ".join(["argument"] * 12), {}))
@example(({"s.py": printing_script("out\n")}, ["python3", "s.py", "a"], {"interpreter": ""}))
def test_commands_are_shown_as_paverutils_does(reference, command):
    """Long command lines continued with a backslash, list-form script
    names one word per line, every interpreter form."""
    scripts, script_name, kwargs = command
    expected, actual = both(reference, scripts, script_name, **kwargs)
    assert actual == expected


def test_a_failing_script_is_an_error_in_both(reference):
    from paver.easy import BuildFailure

    scripts = {"fail.py": printing_script("before\n", status=2)}
    with standalone_folder(scripts) as page:
        with pytest.raises(BuildFailure):
            reference(page, "fail.py")
        with pytest.raises(ScriptFailed, match="fail.py exited with status 2"):
            motw_run_script(page, "fail.py")


# --- What motw changes on purpose, each shown exactly ----------------------


def test_control_characters_are_shown_as_a_terminal_would(reference):
    scripts = {"ctl.py": printing_script("bell\x07 done\nloading 10%\rloading 100%\n")}
    expected, actual = both(reference, scripts, "ctl.py")
    assert expected == (
        "\n::\n\n\t$ python3 ctl.py\n\t\n\tbell\x07 done\n\tloading 10%\n\tloading 100%\n\n"
    )  # str.splitlines() takes the carriage return for a line break
    assert actual == "\n::\n\n\t$ python3 ctl.py\n\t\n\tbell\u2407 done\n\tloading 100%\n\n"


def test_three_braces_are_escaped_so_no_page_holds_cog_markers(reference):
    scripts = {"braces.py": printing_script("{{{'a': {'b': {}}}}\n")}
    expected, actual = both(reference, scripts, "braces.py")
    assert expected.endswith("\t{{{'a': {'b': {}}}}\n\n")
    assert actual == expected.replace("{{{", "{{\u2060{").replace("}}}}", "}}\u2060}}")
    assert actual.endswith("\t{{\u2060{'a': {'b': {}}\u2060}}\n\n")


def test_a_one_word_list_is_shown_once(reference):
    scripts = {"one.py": printing_script("ok\n")}
    expected, actual = both(reference, scripts, ["one.py"])
    assert expected == "\n::\n\n\t$ python3 one.py \\\n\tone.py\n\t\n\tok\n\n"
    assert actual == "\n::\n\n\t$ python3 one.py\n\t\n\tok\n\n"


def test_scratch_folders_and_the_python_installation_are_masked(reference):
    """The example folder and the virtual environment are elided by both;
    motw also masks its scratch home and temporary folder and the base
    installation (where the standard library lives).  No line breaks: the
    unmasked path may be longer than 64 columns, as it is under ~/.cache."""
    body = (
        "import os, sys, tempfile\n"
        "print(os.getcwd())\n"
        "print(sys.prefix)\n"
        "print(tempfile.gettempdir())\n"
        "print(os.__file__)\n"
    )
    expected, actual = both(reference, {"where.py": body}, "where.py", break_lines_at=0)
    stdlib = os.path.dirname(os.__file__)
    assert expected == (
        f"\n::\n\n\t$ python3 where.py\n\t\n\t...\n\t...\n\t/tmp\n\t{stdlib}/os.py\n\n"
    )
    assert actual == (
        "\n::\n\n\t$ python3 where.py\n\t\n\t...\n\t...\n\t.../tmp\n"
        f"\t.../{os.path.relpath(stdlib, sys.base_prefix)}/os.py\n\n"
    )


def test_memory_addresses_are_masked(reference):
    expected, actual = both(reference, {"obj.py": "print(object())\n"}, "obj.py")
    assert re.fullmatch(
        r"\n::\n\n\t\$ python3 obj.py\n\t\n\t<object object at 0x[0-9a-f]{8,16}>\n\n", expected
    )
    assert actual == "\n::\n\n\t$ python3 obj.py\n\t\n\t<object object at 0x...>\n\n"


def test_undecodable_bytes_are_replaced_where_paverutils_drops_them(reference, capsys):
    """Not listed in the promise; motw says so with a warning."""
    scripts = {"bytes.py": "import sys\nsys.stdout.buffer.write(b'caf\\xe9 ok\\n')\n"}
    expected, actual = both(reference, scripts, "bytes.py")
    assert expected.endswith("\tcaf ok\n\n")
    assert actual.endswith("\tcaf\ufffd ok\n\n")
    assert "not valid UTF-8; 1 undecodable byte(s)" in capsys.readouterr().err


# --- Outside the layout: the environment and the example folder -----------


def test_scripts_see_the_packages_of_the_virtual_environment(reference):
    """PyMOTW runs in an activated environment; motw means to, with .venvs/<v>."""
    scripts = {"uses.py": "import paver\nprint('imported', paver.__name__)\n"}
    expected, actual = both(reference, scripts, "uses.py", ignore_error=True)
    assert expected == "\n::\n\n\t$ python3 uses.py\n\t\n\timported paver\n\n"
    assert actual == expected


def test_deliberately_a_block_may_not_start_with_a_continuation(project, cli):
    """Alone in its block, a transcript with include_prefix=False has every
    line tab-indented; cogapp removes indentation common to a block's
    output, so paverutils writes it as prose.  motw refuses, naming it."""
    project.script("demo", "hello.py", "print('hello')\n")
    page = project.page(
        "demo", "index.rst", "run_script(cog.inFile, 'hello.py', include_prefix=False)"
    )
    before = page.read_text()
    status, _, err = cli("cog")
    assert status == 1
    assert "docs/demo/index.rst:6: cogapp would remove the indentation" in err
    assert "include_prefix=False" in err
    assert "Write the transcript that opens the literal block in this same block" in err
    assert page.read_text() == before


def test_deliberately_hidden_files_are_not_part_of_the_example_folder(reference):
    """Names starting with a dot are editor swap files and tools' caches
    (motw.project.ignored): a working copy never holds them, so they can
    neither change a transcript nor make a page stale.  Paverutils runs in
    the folder itself and sees them."""
    scripts = {
        "settings.py": "import os\nprint(os.path.exists('.settings.ini'))\n",
        ".settings.ini": "[app]\nname = demo\n",
    }
    expected, actual = both(reference, scripts, "settings.py")
    assert expected == "\n::\n\n\t$ python3 settings.py\n\t\n\tTrue\n\n"
    assert actual == "\n::\n\n\t$ python3 settings.py\n\t\n\tFalse\n\n"


# --- 2. Page sessions: scripts that share files ---------------------------

SESSION_SCRIPTS = {
    "db_create.py": (
        "import sqlite3\n"
        "with sqlite3.connect('todo.db') as db:\n"
        "    db.execute('create table task (id integer primary key, title text)')\n"
        "    db.executemany('insert into task (title) values (?)',\n"
        "                   [('write the chapter',), ('run the examples',)])\n"
        "print('created todo.db')\n"
    ),
    "db_read.py": (
        "import sqlite3\n"
        "with sqlite3.connect('todo.db') as db:\n"
        "    for row in db.execute('select id, title from task order by id'):\n"
        "        print(row)\n"
    ),
    "write_data.py": (
        "import csv, pathlib\n"
        "pathlib.Path('out').mkdir(exist_ok=True)\n"
        "with open('out/numbers.csv', 'w', newline='') as f:\n"
        "    csv.writer(f).writerows([(n, n * n) for n in range(1, 6)])\n"
        "print('wrote', 'out/numbers.csv' + ' ' * 3)\n"
    ),
    "read_data.py": (
        "import csv\n"
        "rows = list(csv.reader(open('out/numbers.csv')))\n"
        "print('sum of squares:', sum(int(b) for _, b in rows))\n"
        "print('{}'.format('-' * 70))\n"
        "print('\\n\\n')\n"
    ),
    "counter.py": (
        "import pathlib\n"
        "log = pathlib.Path('runs.log')\n"
        "runs = log.read_text().count('\\n') + 1 if log.exists() else 1\n"
        "log.write_text('run\\n' * runs)\n"
        "print('run number', runs)\n"
    ),
    "greet.py": "import helper\nprint(helper.greeting('reader'))\n",
    "helper.py": "def greeting(name):\n    return 'hello, ' + name\n",
    "cleanup.py": "import os\nos.remove('todo.db')\nprint('removed todo.db')\n",
    "fail.py": "import sqlite3\nsqlite3.connect('todo.db').execute('select * from missing')\n",
    "notes.txt": "first line\n\tindented second line  \n",
    "count.sh": "#!/bin/sh\nls out | wc -l\n",  # executable: its mode is copied too
}

# The page's cog blocks in order, each a list of (script_name, options):
# one session, so each run sees the files the earlier runs left.
SESSION_BLOCKS = [
    [("ls -1", {"interpreter": None})],
    [("db_create.py", {}), ("db_read.py", {"include_prefix": False})],
    [("ls -1", {"interpreter": None})],
    [("db_read.py", {})],
    [("write_data.py", {})],
    [("cat out/numbers.csv notes.txt", {"interpreter": ""})],
    [("read_data.py", {"break_lines_at": 30, "line_break_mode": "continue"})],
    [(["read_data.py", "extra"], {"trailing_newlines": False})],
    [("counter.py", {}), ("counter.py", {"include_prefix": False})],
    [("counter.py", {})],
    [("greet.py", {})],
    [("cleanup.py", {})],
    [("fail.py", {"ignore_error": True})],
    [("./count.sh", {"interpreter": None})],
    [("ls -1 -R", {"interpreter": None, "break_lines_at": 0})],
]
MARKERS = "{{{cog }}} {{{end}}}"
OUTPUT = re.compile(r"^\.\. \}\}\}\n(.*?)^\.\. \{\{\{end\}\}\}$", re.S | re.M)


def call(script_name, options: dict) -> str:
    arguments = "".join(f", {name}={value!r}" for name, value in options.items())
    return f"run_script(cog.inFile, {script_name!r}{arguments})"


def session_page(blocks) -> str:
    parts = ["Store\n=====\n"]
    for calls in blocks:
        code = "".join(f".. cog.out({call(*c)})\n" for c in calls)
        parts.append(f"\nSome prose.\n\n.. {{{{{{cog\n{code}.. }}}}}}\n.. {{{{{{end}}}}}}\n")
    return "".join(parts)


def reference_cog(text: str, example_dir: Path, reference) -> str:
    """The page as ``paver cog`` writes it: cogapp with PyMOTW-3's markers,
    run_script running in *example_dir*."""
    from cogapp import Cog

    def run_script(_input_file, script_name, **options):
        return reference(str(example_dir / "index.rst"), script_name, **options)

    engine = Cog()
    engine.options.parse_args([f"--markers={MARKERS}"])
    engine.options.defines = {"run_script": run_script}
    return engine.process_string(text, fname=str(example_dir / "index.rst"))


def test_page_sessions_match_paverutils_running_in_the_folder(project, cli, reference):
    """A real ``motw cog`` pass over a page whose scripts share files
    (a database, a data file, a log that grows, a sibling module; ``ls``
    and ``cat`` between them), block by block against ``paver cog``'s
    cogapp run of the same page, its scripts run in order in a copy of
    the example folder."""
    examples = project.root / "source_examples" / "store"
    examples.mkdir()
    for name, text in SESSION_SCRIPTS.items():
        (examples / name).write_text(text)
    (examples / "count.sh").chmod(0o755)
    page = project.root / "docs" / "store" / "index.rst"
    page.parent.mkdir()
    page.write_text(session_page(SESSION_BLOCKS))

    copy = project.root.parent / "paverutils" / "store"
    shutil.copytree(examples, copy)
    expected_page = reference_cog(page.read_text(), copy, reference)
    expected = [as_seed(block) for block in OUTPUT.findall(expected_page)]

    status, _, err = cli("cog")
    assert status == 0, err
    actual = OUTPUT.findall(page.read_text())
    assert len(actual) == len(expected) == len(SESSION_BLOCKS)
    for number, (want, got) in enumerate(zip(expected, actual, strict=True)):
        assert got == want, f"block {number + 1}: {SESSION_BLOCKS[number]}"
    assert page.read_text() == expected_page.replace(PAVER_OPENER, SEED_OPENER)
