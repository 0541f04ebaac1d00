"""Lint, as ``make lint`` runs it, and the checkers themselves."""

from __future__ import annotations

import subprocess
import sys

import pytest

from chapter_site import REPO
from motw import headers, rstlint

RUFF_TARGETS = ["tools", "tests", "source_examples", "conf.py"]


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("target", RUFF_TARGETS)
def test_ruff_passes(target):
    result = ruff("check", "--output-format", "concise", target)
    assert result.returncode == 0, result.stdout + result.stderr


def test_examples_are_held_to_79_columns_and_keep_the_encoding_line():
    settings = ruff("check", "--show-settings", "source_examples/contextvars").stdout
    assert "linter.line_length = 79\n" in settings
    assert "utf8-encoding-declaration (UP009)" not in settings.split(
        "linter.rules.enabled"
    )[1].split("linter.rules.should_fix")[0]
    tooling = ruff("check", "--show-settings", "tools/motw/cli.py").stdout
    assert "linter.line_length = 100\n" in tooling


def test_the_pages_pass_sphinx_lint():
    assert rstlint.lint([REPO / "docs"]) == []


@pytest.mark.parametrize(
    "script",
    headers.scripts([REPO / "source_examples"]),
    ids=lambda path: path.relative_to(REPO / "source_examples").as_posix(),
)
def test_every_example_has_the_standard_header(script):
    assert headers.check_file(script) == []


# -- the header check itself ------------------------------------------------

GOOD = (
    '#!/usr/bin/env python3\n# encoding: utf-8\n"""Say hello."""\n\n'
    "#end_pymotw_header\nprint(1)\n"
)


@pytest.mark.parametrize(
    "text, problem",
    [
        (GOOD.replace("#!/usr/bin/env python3", "#!/usr/bin/python"), "line 1 must be"),
        (GOOD.replace("# encoding: utf-8\n", ""), "line 2 must be"),
        (GOOD.replace("# encoding: utf-8", "# -*- coding: utf-8 -*-"), "line 2 must be"),
        (GOOD.replace('"""Say hello."""', "print(0)"), "line 3 must start the module docstring"),
        (GOOD.replace('"""Say hello."""', '""" """'), "the docstring is empty"),
        (
            GOOD.replace("\n\n#end_pymotw_header", "\n#end_pymotw_header"),
            "followed by a blank line",
        ),
        (GOOD.replace("#end_pymotw_header\n", ""), "no '#end_pymotw_header' line"),
        (GOOD + "#end_pymotw_header\n", "appears 2 times"),
        (GOOD.replace("print(1)", "print(1"), "not valid Python"),
    ],
)
def test_the_header_check_names_each_problem(text, problem):
    found = headers.problems(text)
    assert any(problem in line for line in found), found


def test_a_good_header_and_a_multi_line_docstring_pass():
    assert headers.problems(GOOD) == []
    longer = GOOD.replace('"""Say hello."""', '"""Say hello.\n\nAt length.\n"""')
    assert headers.problems(longer) == []


def test_the_scaffold_writes_a_header_the_check_accepts():
    assert headers.problems(headers.render("Say hello.") + "print(1)\n") == []


def test_the_header_command_reports_files_and_fails(tmp_path, capsys):
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "bad.py").write_text("print(1)\n")
    (tmp_path / "__init__.py").write_text("")
    assert headers.main([str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(f"{tmp_path / 'bad.py'}: line 1 must be")
    assert "good.py" not in out
    assert "3 script(s) checked, 1 with problems" in err


# -- sphinx-lint without the transcripts --------------------------------------

PAGE = """\
Title
=====

Prose\twith a tab and trailing spaces.{spaces}

.. {{{{{{cog
.. cog.out(run_script(cog.inFile, 'x.py'))
.. }}}}}}

::

\t$ python3 x.py
\t
\tout

.. {{{{{{end}}}}}}

More prose, :func:`broken`role.
"""


def test_transcripts_are_skipped_and_everything_else_is_linted(tmp_path):
    page = tmp_path / "page.rst"
    page.write_text(PAGE.format(spaces="  "))
    problems = rstlint.lint([page])
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == ["4", "4", "18"]
    assert "horizontal-tab" in problems[0] + problems[1]
    assert "trailing-whitespace" in problems[0] + problems[1]
    assert "missing-space-after-role" in problems[2]


def test_masking_keeps_line_numbers_and_the_code_of_blocks():
    text = PAGE.format(spaces="")
    masked = rstlint.mask_generated(text)
    assert masked.count("\n") == text.count("\n")
    assert "\t" not in masked.split(".. {{{end}}}")[0].split(".. }}}")[1]
    assert ".. cog.out(run_script(cog.inFile, 'x.py'))" in masked
    assert masked.split(".. {{{end}}}")[1] == text.split(".. {{{end}}}")[1]


# -- the hook and hosting configurations ----------------------------------------


def test_the_pre_commit_hooks_are_local_and_run_the_project_checks():
    import yaml
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text())
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    hooks = {hook["id"]: hook for hook in config["repos"][0]["hooks"]}
    assert set(hooks) == {"ruff", "sphinx-lint", "script-headers", "cog-check"}
    assert all(hook["language"] == "system" for hook in hooks.values())
    assert hooks["ruff"]["entry"].startswith(".venv/bin/python -m ruff check")
    assert hooks["sphinx-lint"]["entry"] == ".venv/bin/python -m motw.rstlint"
    assert hooks["script-headers"]["entry"] == ".venv/bin/python -m motw.headers"
    assert hooks["cog-check"]["entry"].endswith("make --no-print-directory cog-check")
    assert "cog-check:" in (REPO / "Makefile").read_text()


def test_read_the_docs_checks_the_transcripts_then_builds_like_make_html():
    import yaml
    config = yaml.safe_load((REPO / ".readthedocs.yaml").read_text())
    assert config["version"] == 2
    assert config["build"]["os"] == "ubuntu-24.04"
    assert config["build"]["tools"]["python"] == "3.11"
    assert config["build"]["jobs"]["pre_build"] == ["python -m motw check --full"]
    (html,) = config["build"]["jobs"]["build"]["html"]
    assert html.startswith("python -m sphinx -W --keep-going -b html -c . docs ")
    assert html.endswith(" $READTHEDOCS_OUTPUT/html")
    assert (REPO / config["sphinx"]["configuration"]).is_file()
    assert config["python"]["install"] == [{"method": "pip", "path": "."}]
