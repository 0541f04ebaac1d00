"""The transcript's text: format, line breaking, cleanups."""

import re
import sys

import pytest

from motw.cleanups import hide_addresses, hide_paths, substitute
from motw.errors import BadOption
from motw.formatting import break_command, break_line, transcript
from motw.options import RunOptions

LONG = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"  # 66


def test_seed_format_exactly():
    text = transcript("x.rst", "python3 s.py", "one\ntwo\n", RunOptions())
    assert text == "\n::\n\n\t$ python3 s.py\n\t\n\tone\n\ttwo\n\n"


def test_without_prefix_continues_a_block():
    text = transcript("x.rst", "python3 s.py", "one\n", RunOptions(include_prefix=False))
    assert text == "\t$ python3 s.py\n\t\n\tone\n\n"


def test_without_trailing_newlines():
    text = transcript("x.rst", "python3 s.py", "one\n\n\n", RunOptions(trailing_newlines=False))
    assert text == "\n::\n\n\t$ python3 s.py\n\t\n\tone\n"


def test_blank_lines_inside_output_are_kept_as_lone_tabs():
    text = transcript("x.rst", "python3 s.py", "a\n\nb   \n\n", RunOptions())
    assert text.endswith("\ta\n\t\n\tb\n\n")


def test_no_output_shows_only_the_command():
    assert transcript("x.rst", "ls", "", RunOptions()) == "\n::\n\n\t$ ls\n\n"


@pytest.mark.parametrize(
    "mode, expected",
    [
        ("break", [LONG[:60], LONG[60:]]),
        ("continue", [LONG[:59] + "\\", LONG[59:]]),
        ("truncate", [LONG[:60]]),
        ("wrap", ["alpha beta gamma delta epsilon zeta eta theta iota kappa", "lambda mu"]),
    ],
)
def test_break_modes(mode, expected):
    assert break_line(LONG, 60, mode) == expected
    assert all(len(piece) <= 60 for piece in break_line(LONG, 60, mode))


def test_short_lines_are_untouched_in_every_mode():
    for mode in ("break", "continue", "wrap", "wrap-no-breaks", "fill", "truncate"):
        assert break_line("short\tline", 60, mode) == ["short\tline"]


def test_wrap_breaks_long_words_but_wrap_no_breaks_does_not():
    word = "x" * 30 + "-" + "y" * 30
    assert break_line(word, 20, "wrap")[0] == "x" * 20
    assert break_line(word, 20, "wrap-no-breaks") == [word]


def test_fill_keeps_the_leading_indent():
    line = "    " + LONG
    lines = break_line(line, 40, "fill")
    assert len(lines) > 1
    assert all(piece.startswith("    ") for piece in lines)
    assert all(len(piece) <= 40 for piece in lines)


def test_width_zero_or_none_never_breaks():
    assert break_line(LONG * 3, 0, "break") == [LONG * 3]
    text = transcript("x.rst", "cmd", LONG * 3, RunOptions(break_lines_at=None))
    assert LONG * 3 in text


def test_long_command_is_continued_with_backslashes():
    command = "python3 " + " ".join(f"argument{i}" for i in range(12))
    lines = break_command(command, 40)
    assert len(lines) > 1
    assert lines[0].startswith("$ python3 ")
    assert all(line.endswith(" \\") for line in lines[:-1])
    assert not lines[-1].endswith("\\")
    assert all(len(line) <= 40 for line in lines)
    rejoined = " ".join(line.removesuffix(" \\").strip() for line in lines)
    assert rejoined == "$ " + command


def test_short_command_is_one_line():
    assert break_command("python3 x.py", 64) == ["$ python3 x.py"]


def test_rule_lines_are_cut_to_the_width():
    text = transcript("x.rst", "c", "=" * 100 + "\n" + "-" * 10 + "\n", RunOptions())
    assert "\t" + "=" * 64 + "\n" in text
    assert "=" * 65 not in text
    assert "\t----------\n" in text


def test_default_cleanups_hide_python_prefix_and_addresses():
    line = f"File {sys.base_prefix}/lib/x.py <object at 0x7f3a5c2b1d90> 0x10"
    cleaned = hide_addresses("x.rst", hide_paths("x.rst", line))
    assert cleaned == "File .../lib/x.py <object at 0x...> 0x10"


def test_example_folder_path_is_hidden(project):
    page = project.page("demo", "index.rst")
    folder = project.root / "source_examples" / "demo"
    folder.mkdir()
    assert hide_paths(str(page), f"open {folder}/data.txt") == "open .../data.txt"


def test_user_cleanups_apply_to_command_and_output():
    def shout(input_file, line):
        return line.upper()

    options = RunOptions(line_cleanups=(substitute(r"\d+ ms", "N ms"), shout))
    text = transcript("x.rst", "python3 t.py", "took 12 ms\n", options)
    assert "\t$ PYTHON3 T.PY\n" in text
    assert "\tTOOK N MS\n" in text


def test_substitute_rejects_a_bad_pattern():
    with pytest.raises(re.error):
        substitute("(unclosed", "x")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"colour": True}, r"unknown run_script option\(s\) colour"),
        ({"line_break_mode": "squash"}, "unknown line_break_mode 'squash'"),
        ({"break_lines_at": -1}, "break_lines_at must be"),
        ({"break_lines_at": 3}, "too narrow"),
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"line_cleanups": [42]}, "not callable"),
        ({"line_cleanups": str.upper}, "must be a list of callables"),
    ],
)
def test_bad_options_are_clear_errors(kwargs, message):
    with pytest.raises(BadOption, match=message) as caught:
        RunOptions.from_kwargs(kwargs, "docs/x/page.rst:12")
    assert str(caught.value).startswith("docs/x/page.rst:12: ")
