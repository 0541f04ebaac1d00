"""The transcript's text: layout, line breaking, terminal output, cleanups, escapes."""

import re
import sys
from pathlib import Path

import pytest

from motw.engine.cleanups import hide_addresses, hide_paths, substitute
from motw.engine.command import Command
from motw.engine.formatting import break_long_lines
from motw.engine.options import RunOptions
from motw.engine.terminal import render
from motw.engine.transcript import Request, escape_markers, text_of
from motw.errors import BadOption

LONG = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"  # 66


def transcript(command: str, output: str, listed: tuple[str, ...] = (), **options) -> str:
    """The text of a block running *command* that printed *output*."""
    interpreter, _, rest = (
        command.partition(" ") if command.startswith("python3 ") else ("", "", command)
    )
    words = listed or tuple(rest.split())
    shown = Command(command, words, interpreter or None, None, bool(listed))
    request = Request("x.rst", 1, "x.rst", shown, RunOptions.from_kwargs(options), Path("."))
    return text_of(request, output)


def test_seed_format_exactly():
    text = transcript("python3 s.py", "one\ntwo\n")
    assert text == "\n::\n\n\t$ python3 s.py\n\t\n\tone\n\ttwo\n\n"


def test_without_prefix_continues_a_block():
    text = transcript("python3 s.py", "one\n", include_prefix=False)
    assert text == "\t$ python3 s.py\n\t\n\tone\n\n"


def test_without_trailing_newlines_the_text_is_stripped():
    text = transcript("python3 s.py", "one\n\n\n", trailing_newlines=False)
    assert text == "\n::\n\n\t$ python3 s.py\n\t\n\tone\n"


def test_blank_lines_at_the_end_stay_as_lone_tabs():
    assert transcript("python3 s.py", "a\n\n\n").endswith("\ta\n\t\n\t\n\n")


def test_trailing_spaces_inside_lines_are_kept():
    assert "\tb   \n" in transcript("python3 s.py", "a\nb   \n")


def test_no_output_shows_the_command_and_a_lone_tab():
    assert transcript("ls", "") == "\n::\n\n\t$ ls\n\t\n\n"


@pytest.mark.parametrize(
    "mode, expected",
    [
        ("break", [LONG[:60], LONG[60:]]),
        ("continue", [LONG[:60] + "\\", LONG[60:]]),
        ("truncate", [LONG[:60]]),
        ("wrap", ["alpha beta gamma delta epsilon zeta eta theta iota kappa", "lambda mu"]),
    ],
)
def test_break_modes(mode, expected):
    assert break_long_lines([LONG], 60, mode) == expected


def test_short_and_blank_lines_are_untouched_in_every_mode():
    for mode in ("break", "continue", "wrap", "wrap-no-breaks", "fill", "truncate"):
        assert break_long_lines(["short\tline", " " * 90], 60, mode) == ["short\tline", " " * 90]


def test_wrap_breaks_long_words_but_wrap_no_breaks_does_not():
    word = "x" * 30 + "-" + "y" * 30
    assert break_long_lines([word], 20, "wrap")[0] == "x" * 20
    assert break_long_lines([word], 20, "wrap-no-breaks") == [word]


def test_fill_keeps_the_leading_indent():
    lines = break_long_lines(["    " + LONG], 40, "fill")
    assert len(lines) > 1
    assert all(piece.startswith("    ") and len(piece) <= 40 for piece in lines)


def test_width_zero_or_none_never_breaks_output():
    assert LONG * 3 in transcript("cmd", LONG * 3, break_lines_at=None)
    assert LONG * 3 in transcript("cmd", LONG * 3, break_lines_at=0)


def test_a_long_command_is_hard_broken_one_column_early_with_a_backslash():
    command = "python3 " + " ".join(f"argument{i}" for i in range(12))
    lines = transcript(command, "").split("\n")[3:]
    first = "\t$ " + command
    assert lines[0] == first[:63] + "\\"  # the tab counts: 63 characters, then "\"
    assert lines[1] == "\t" + first[63:126] + "\\"[: len(first) > 126]


def test_a_long_command_without_a_width_is_broken_at_64():
    command = "python3 " + "x" * 100
    assert (
        transcript(command, "", break_lines_at=None).split("\n")[3]
        == ("\t$ " + command)[:64] + "\\"
    )


def test_a_listed_command_shows_one_word_per_line():
    text = transcript("python3 a.py -v x", "", listed=("a.py", "-v", "x"))
    assert text.startswith("\n::\n\n\t$ python3 a.py \\\n\t-v \\\n\tx\n\t\n")


def test_a_one_word_list_is_shown_once():
    """paverutils shows the word twice; this is a deliberate difference."""
    assert transcript("python3 a.py", "", listed=("a.py",)).startswith("\n::\n\n\t$ python3 a.py\n")


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

    text = transcript(
        "python3 t.py", "took 12 ms\n", line_cleanups=[substitute(r"\d+ ms", "N ms"), shout]
    )
    assert "\t$ PYTHON3 T.PY\n" in text
    assert "\tTOOK N MS\n" in text


def test_substitute_rejects_a_bad_pattern():
    with pytest.raises(re.error):
        substitute("(unclosed", "x")


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("plain text\twith a tab", "plain text\twith a tab"),
        ("\x1b[31mred\x1b[0m and \x1b[1;32mbold green\x1b[m", "red and bold green"),
        ("\x1b]0;window title\x07after", "after"),
        ("downloading 10%\rdownloading 55%\rdownloading 100%", "downloading 100%"),
        ("long line\rshort", "shortline"),
        ("abc\bX", "abX"),
        ("nul\x00 bel\x07 esc-less\x1b", "nul\u2400 bel\u2407 esc-less\u241b"),
        ("delete\x7f form\x0cfeed", "delete\u2421 form\u240cfeed"),
        ("c1 \x85 and \u2028 separators", "c1 \\x85 and \\u2028 separators"),
        ("windows\r\nline ends\r\n", "windows\nline ends\n"),
    ],
)
def test_output_is_shown_as_a_terminal_would_show_it(raw, shown):
    assert render(raw) == shown


def test_a_transcript_never_holds_raw_control_characters():
    text = transcript("python3 t.py", "\x1b[2Kbar\r\x00done\x07\n")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text.replace("\n", ""))
    assert "\t\u2400done\u2407\n" in text


def test_cog_markers_in_output_are_escaped_invisibly():
    text = transcript("python3 t.py", ".. {{{cog\n.. }}}\n.. {{{end}}}\n{'a': {'b': {}}}\n")
    assert "{{{" not in text and "}}}" not in text
    assert "\t{'a': {'b': {}}\u2060}\n" in text
    assert escape_markers("}}}}") == "}}\u2060}}"
    assert text.replace("\u2060", "").count("{{{") == 2


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
        ({"python": "three"}, "python='three' is not a version range"),
        ({"interpreter": 3}, "interpreter must be a command"),
    ],
)
def test_bad_options_are_clear_errors(kwargs, message):
    with pytest.raises(BadOption, match=message) as caught:
        RunOptions.from_kwargs(kwargs, "docs/x/page.rst", 12)
    assert str(caught.value).startswith("docs/x/page.rst:12: ")


def test_python_ranges_say_where_a_block_runs():
    options = RunOptions.from_kwargs({"python": ">=3.12"})
    assert [options.runs_on(v) for v in ("3.11", "3.12", "3.13")] == [False, True, True]
    assert options.first_version() == "3.12"
    assert RunOptions().runs_on("3.9") and RunOptions().first_version() is None


def test_paverutils_python_means_python3():
    assert RunOptions.from_kwargs({"interpreter": "python"}).interpreter == "python3"
