"""Lint, as ``make lint`` and the git hooks run it, and the checkers themselves."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from chapter_site import REPO, make_site
from motw.authoring import headers, rstlint
from motw.config import load as load_config
from motw.engine.interpreters import override_variable

RUFF_TARGETS = ["tools", "tests", "source_examples", "conf.py"]
MOTW = REPO / ".venv" / "bin" / "motw"  # the console command, as make and the hooks run it


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def run(command: list[str | Path], cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("target", RUFF_TARGETS)
def test_ruff_passes(target):
    result = ruff("check", "--output-format", "concise", target)
    assert result.returncode == 0, result.stdout + result.stderr


def test_examples_are_held_to_79_columns_and_keep_the_encoding_line():
    settings = ruff("check", "--show-settings", "source_examples/contextvars").stdout
    assert "linter.line_length = 79\n" in settings
    assert (
        "utf8-encoding-declaration (UP009)"
        not in settings.split("linter.rules.enabled")[1].split("linter.rules.should_fix")[0]
    )
    tooling = ruff("check", "--show-settings", "tools/motw/cli.py").stdout
    assert "linter.line_length = 100\n" in tooling


def css_nesting_errors(text: str) -> list[str]:
    """Braces of a stylesheet that do not close as written: a rule opened
    inside a rule (only at-rules may hold rules), or one left open."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    errors, open_at = [], []  # for each open block: is it an at-rule?
    start = 0
    for match in re.finditer(r"[{}]", text):
        line = text.count("\n", 0, match.start()) + 1
        if match.group() == "{":
            prelude = text[start : match.start()].strip()
            if open_at and not open_at[-1]:
                errors.append(f"line {line}: {prelude!r} opens inside a rule")
            open_at.append(prelude.startswith("@"))
        elif not open_at:
            errors.append(f"line {line}: a brace closes nothing")
        else:
            open_at.pop()
        start = match.end()
    return errors + (["the stylesheet ends inside a block"] if open_at else [])


@pytest.mark.parametrize(
    "sheet", sorted((REPO / "tools/motw/site/static").glob("*.css")), ids=lambda path: path.name
)
def test_the_site_s_stylesheets_close_every_rule(sheet):
    assert css_nesting_errors(sheet.read_text()) == []


def test_an_unclosed_rule_is_found():
    assert css_nesting_errors("a {\n color: red;\n\nb {\n x: 1; }\n") == [
        "line 4: 'color: red;\\n\\nb' opens inside a rule",
        "the stylesheet ends inside a block",
    ]
    assert css_nesting_errors("@media (x) { a { b: c } }\n/* { */") == []


def test_the_pages_pass_sphinx_lint():
    assert rstlint.lint([REPO / "docs"]) == []


@pytest.mark.parametrize(
    "script",
    headers.scripts([REPO / "source_examples"]),
    ids=lambda path: path.relative_to(REPO / "source_examples").as_posix(),
)
def test_every_example_has_the_standard_header(script):
    assert headers.check_file(script) == []


def test_the_commands_check_the_project_by_default():
    """``make lint-headers`` and ``make lint-rst``: the installed command, no paths."""
    scripts = run([MOTW, "lint-headers"])
    assert scripts.returncode == 0, scripts.stdout + scripts.stderr
    count = len(headers.scripts([REPO / "source_examples"]))
    assert count > 50
    assert scripts.stderr == f"headers: {count} script(s) checked, 0 with problems\n"
    pages = run([MOTW, "lint-rst"])
    assert pages.returncode == 0, pages.stdout + pages.stderr
    count = len(rstlint.pages([REPO / "docs"]))
    assert pages.stderr == f"sphinx-lint: {count} page(s) checked, 0 problem(s)\n"


# -- the header check itself ------------------------------------------------

GOOD = (
    '#!/usr/bin/env python3\n# encoding: utf-8\n"""Say hello."""\n\n#end_pymotw_header\nprint(1)\n'
)


@pytest.mark.parametrize(
    "text, problem",
    [
        (GOOD.replace("#!/usr/bin/env python3", "#!/usr/bin/python"), "line 1 must be"),
        (GOOD.replace("# encoding: utf-8\n", ""), "line 2 must be"),
        (GOOD.replace("# encoding: utf-8", "# -*- coding: utf-8 -*-"), "line 2 must be"),
        (GOOD.replace('"""Say hello."""', "print(0)"), "line 3 must start the module docstring"),
        (GOOD.split('"""')[0], "line 3 must start the module docstring"),  # no statement at all
        (GOOD.replace('"""Say hello."""', '""" """'), "the docstring is empty"),
        (
            GOOD.replace("\n\n#end_pymotw_header", "\n#end_pymotw_header"),
            "followed by a blank line and '#end_pymotw_header' (lines 4-5)",
        ),
        (GOOD.replace("#end_pymotw_header\n", ""), "no '#end_pymotw_header' line"),
        (GOOD + "#end_pymotw_header\n", "appears 2 times"),
        (GOOD.replace('"""Say hello."""', '"""Say hello.'), "not valid Python"),
        (GOOD.replace("#end_pymotw_header\n", "") + "print(1\n", "not valid Python"),
    ],
)
def test_the_header_check_names_each_problem(text, problem):
    found = headers.problems(text)
    assert any(problem in line for line in found), found


def test_a_good_header_and_a_multi_line_docstring_pass():
    assert headers.problems(GOOD) == []
    longer = GOOD.replace('"""Say hello."""', '"""Say hello.\n\nAt length.\n"""')
    assert headers.problems(longer) == []


def test_only_the_header_is_parsed_so_newer_syntax_after_it_passes():
    # A t-string (3.14) does not parse on the tooling's 3.11; ruff checks
    # the code after the header, with each script's target version.
    assert headers.problems(GOOD.replace("print(1)", 'print(t"{1}")')) == []


def test_the_scaffold_writes_a_header_the_check_accepts():
    assert headers.problems(headers.render("Say hello.") + "print(1)\n") == []


def test_the_header_command_reports_files_and_fails(tmp_path, cli):
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "bad.py").write_text("print(1)\n")
    (tmp_path / "__init__.py").write_text("")  # an empty file shows nothing: no header needed
    status, out, err = cli("lint-headers", str(tmp_path))
    assert status == 1
    assert out.startswith(f"{tmp_path / 'bad.py'}: line 1 must be")
    assert "good.py" not in out
    assert err == "headers: 3 script(s) checked, 1 with problems\n"


def test_the_header_command_takes_files_and_passes_good_ones(tmp_path, cli):
    good = tmp_path / "good.py"
    good.write_text(GOOD)
    (tmp_path / "bad.py").write_text("print(1)\n")  # not named: not checked
    assert cli("lint-headers", str(good)) == (
        0,
        "",
        "headers: 1 script(s) checked, 0 with problems\n",
    )


def test_an_unreadable_script_is_a_problem_not_a_traceback(tmp_path, cli):
    (tmp_path / "latin1.py").write_bytes(GOOD.replace("hello", "h\xe9llo").encode("latin-1"))
    status, out, err = cli("lint-headers", str(tmp_path), str(tmp_path / "gone.py"))
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'latin1.py'}: cannot read: 'utf-8' codec")
    assert lines[1].startswith(f"{tmp_path / 'gone.py'}: cannot read: [Errno 2]")
    assert err == "headers: 2 script(s) checked, 2 with problems\n"


def test_hidden_folders_and_caches_below_the_folder_are_skipped(tmp_path):
    bad = "print(1)\n"
    (tmp_path / "demo" / ".ipynb_checkpoints").mkdir(parents=True)
    (tmp_path / "demo" / "__pycache__").mkdir()
    (tmp_path / "demo" / ".ipynb_checkpoints" / "a.py").write_text(bad)
    (tmp_path / "demo" / "__pycache__" / "a.py").write_text(bad)
    (tmp_path / "demo" / ".hidden.py").write_text(bad)
    (tmp_path / "demo" / "a.py").write_text(GOOD)
    (tmp_path / "demo" / "notes.txt").write_text(bad)
    assert headers.scripts([tmp_path]) == [tmp_path / "demo" / "a.py"]


# -- a checkout that lives under a hidden folder ------------------------------


@pytest.fixture
def hidden_checkout(tmp_path) -> Path:
    """A project inside ``.hidden/`` with one bad script and one bad page."""
    root = tmp_path / ".hidden" / "repo"
    (root / "source_examples" / "demo").mkdir(parents=True)
    (root / "docs" / "demo").mkdir(parents=True)
    (root / "source_examples" / "demo" / "good.py").write_text(GOOD)
    (root / "source_examples" / "demo" / "bad.py").write_text("print(1)\n")
    (root / "docs" / "demo" / "index.rst").write_text("Title\n=====\n\nA\ttab.\n")
    return root


def test_the_header_check_walks_a_checkout_under_a_hidden_folder(hidden_checkout):
    """Only names below the folder walked are tested for being hidden."""
    examples = hidden_checkout / "source_examples"
    assert headers.scripts([examples]) == [examples / "demo/bad.py", examples / "demo/good.py"]
    result = run([MOTW, "lint-headers"], cwd=hidden_checkout)  # the default: source_examples
    assert result.returncode == 1
    assert result.stdout.startswith("source_examples/demo/bad.py: line 1 must be")
    assert result.stderr == "headers: 2 script(s) checked, 1 with problems\n"


def test_the_rst_lint_walks_a_checkout_under_a_hidden_folder(hidden_checkout):
    docs = hidden_checkout / "docs"
    assert rstlint.pages([docs]) == [docs / "demo/index.rst"]
    result = run([MOTW, "lint-rst"], cwd=hidden_checkout)  # the default: docs
    assert result.returncode == 1
    assert result.stdout.startswith("docs/demo/index.rst:4: ")
    assert result.stdout.endswith(" (horizontal-tab)\n") and result.stdout.count("\n") == 1
    assert result.stderr == "sphinx-lint: 1 page(s) checked, 1 problem(s)\n"


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


def test_the_rst_command_reports_pages_and_fails(tmp_path, cli):
    (tmp_path / "bad.rst").write_text(PAGE.format(spaces="  "))
    (tmp_path / "good.rst").write_text("Title\n=====\n\nFine.\n")
    (tmp_path / ".draft.rst").write_text("A\ttab.\n")  # hidden: an editor's file
    status, out, err = cli("lint-rst", str(tmp_path))
    assert status == 1
    assert [line.split(": ", 1)[0] for line in out.splitlines()] == [
        f"{tmp_path / 'bad.rst'}:4",
        f"{tmp_path / 'bad.rst'}:4",
        f"{tmp_path / 'bad.rst'}:18",
    ]
    assert err == "sphinx-lint: 2 page(s) checked, 3 problem(s)\n"


def test_checks_can_be_disabled_one_by_one_or_with_commas(tmp_path, cli):
    page = tmp_path / "page.rst"
    page.write_text(PAGE.format(spaces="  "))
    status, out, _ = cli("lint-rst", "-d", "horizontal-tab,trailing-whitespace", str(page))
    assert status == 1 and out.count("\n") == 1 and "missing-space-after-role" in out
    status, out, err = cli(
        "lint-rst",
        "-d",
        "horizontal-tab",
        "--disable",
        "trailing-whitespace",
        "-d",
        "missing-space-after-role",
        str(page),
    )
    assert (status, out) == (0, "")
    assert err == "sphinx-lint: 1 page(s) checked, 0 problem(s)\n"


def test_an_unknown_check_is_a_clear_error(tmp_path, cli):
    page = tmp_path / "page.rst"
    page.write_text("Title\n=====\n")
    status, out, err = cli("lint-rst", "-d", "no-such-check,trailing-whitespace", str(page))
    assert (status, out) == (2, "")
    assert err == "error: unknown sphinx-lint check(s): no-such-check\n"
    with pytest.raises(rstlint.UnknownCheck, match="no-such-check"):
        rstlint.lint([page], ["no-such-check"])


def test_an_unreadable_page_is_a_problem_not_a_traceback(tmp_path, cli):
    (tmp_path / "latin1.rst").write_bytes("Caf\xe9\n====\n".encode("latin-1"))
    status, out, err = cli("lint-rst", str(tmp_path))
    assert status == 1
    assert out.startswith(f"{tmp_path / 'latin1.rst'}: cannot read: 'utf-8' codec")
    assert err == "sphinx-lint: 1 page(s) checked, 1 problem(s)\n"


# -- the hook and hosting configurations ----------------------------------------


def hooks() -> dict[str, dict]:
    import yaml

    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text())
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    return {hook["id"]: hook for hook in config["repos"][0]["hooks"]}


def test_the_pre_commit_hooks_are_local_and_run_the_project_checks():
    found = hooks()
    assert set(found) == {"ruff", "sphinx-lint", "script-headers", "cog-check"}
    assert all(hook["language"] == "system" for hook in found.values())
    assert found["ruff"]["entry"].startswith(".venv/bin/python -m ruff check")
    assert found["sphinx-lint"]["entry"] == ".venv/bin/motw lint-rst"
    assert found["script-headers"]["entry"] == ".venv/bin/motw lint-headers"
    assert found["cog-check"]["entry"] == ".venv/bin/motw check"
    assert found["cog-check"]["pass_filenames"] is False
    # make cog-check runs the same command (with its flags)
    assert "\n\t$(MOTW) check $(CHECK_FLAGS)\n" in (REPO / "Makefile").read_text()


@pytest.mark.parametrize(
    "hook, good, bad, problem",
    [
        ("script-headers", ("ok.py", GOOD), ("bad.py", "print(1)\n"), "line 1 must be"),
        ("sphinx-lint", ("ok.rst", "Title\n=====\n"), ("bad.rst", "A\ttab.\n"), "horizontal-tab"),
    ],
)
def test_the_lint_hooks_run_on_the_files_pre_commit_passes(tmp_path, hook, good, bad, problem):
    """pre-commit runs the entry from the top of the repository, with the
    staged files that match the hook as arguments."""
    entry = shlex.split(hooks()[hook]["entry"])
    (tmp_path / good[0]).write_text(good[1])
    (tmp_path / bad[0]).write_text(bad[1])
    passed = run([*entry, tmp_path / good[0]])
    assert passed.returncode == 0, passed.stdout + passed.stderr
    failed = run([*entry, tmp_path / good[0], tmp_path / bad[0]])
    assert failed.returncode == 1
    assert failed.stdout.startswith(f"{tmp_path / bad[0]}:")
    assert problem in failed.stdout and good[0] not in failed.stdout


@pytest.fixture
def site(tmp_path) -> Path:
    """A copy of the project with one new chapter, cogged on every configured Python."""
    site = make_site(tmp_path / "site")
    assert run([MOTW, "new-chapter", "colorsys"], cwd=site).returncode == 0
    cogged = run([MOTW, "cog", "-q", "docs/colorsys"], cwd=site)
    assert cogged.returncode == 0, cogged.stderr
    return site


def test_the_transcript_hook_fails_on_a_stale_transcript(site):
    entry = shlex.split(hooks()["cog-check"]["entry"])
    fresh = run(entry, cwd=site)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "cog-check: 1 transcript(s) in 1 page(s) are fresh" in fresh.stderr
    script = site / "source_examples/colorsys/colorsys_first.py"
    script.write_text(script.read_text().replace("is imported from", "comes from"))
    stale = run(entry, cwd=site)
    assert stale.returncode == 1
    assert "may be stale: docs/colorsys/index.rst" in stale.stderr
    assert "+\tcolorsys comes from colorsys\n" in stale.stdout  # the diff a reviewer needs


def read_the_docs() -> dict:
    import yaml

    return yaml.safe_load((REPO / ".readthedocs.yaml").read_text())


def test_read_the_docs_checks_the_transcripts_then_builds_like_make_html():
    config = read_the_docs()
    assert config["version"] == 2
    assert config["build"]["os"] == "ubuntu-24.04"
    # The primary Python: the one whose transcripts the pages show, so the
    # full check can regenerate them; the other Pythons are not there.
    assert config["build"]["tools"]["python"] == load_config(REPO).primary
    assert config["build"]["jobs"]["post_install"] == ["motw envs --missing-ok"]
    assert config["build"]["jobs"]["pre_build"] == ["motw check --full"]
    (html,) = config["build"]["jobs"]["build"]["html"]
    assert html.startswith("python -m sphinx -W --keep-going -b html -c . docs ")
    assert html.endswith(" $READTHEDOCS_OUTPUT/html")
    assert (REPO / config["sphinx"]["configuration"]).is_file()
    assert config["python"]["install"] == [{"method": "pip", "path": "."}]
    # `pip install .` puts the console command on PATH
    assert 'motw = "motw.cli:main"' in (REPO / "pyproject.toml").read_text()


def without_pythons(*versions: str) -> dict[str, str]:
    """The environment of a machine that has only the other Pythons, and no CI."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "MOTW_REQUIRE_ALL_PYTHONS")}
    env["PATH"] = f"{REPO / '.venv' / 'bin'}{os.pathsep}{env['PATH']}"  # as pip install puts motw
    for version in versions:
        env[override_variable(version)] = "/nonexistent/python" + version
    return env


@pytest.mark.slow
def test_the_read_the_docs_check_passes_with_only_the_primary_python(site):
    """What Read the Docs has: the primary Python (the pages' transcripts)
    and not the others, whose recorded transcripts are kept unchecked."""
    jobs = read_the_docs()["build"]["jobs"]
    primary, *others = load_config(site).pythons
    env = without_pythons(*others)
    (envs,) = jobs["post_install"]
    made = subprocess.run(
        envs, shell=True, cwd=site, env=env, capture_output=True, text=True, timeout=300
    )
    assert made.returncode == 0, made.stderr
    skipped = [line for line in made.stderr.splitlines() if line.startswith("skipped:")]
    assert [line.split(" is not")[0] for line in skipped] == [
        f"skipped: Python {version}" for version in others
    ]
    assert (site / ".venvs" / primary / "bin" / "python").is_file()
    (check,) = jobs["pre_build"]
    passed = subprocess.run(
        check, shell=True, cwd=site, env=env, capture_output=True, text=True, timeout=120
    )
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert f"Python {', '.join(others)} not found here" in passed.stderr
    assert "1 ran" in passed.stderr
    # On a Python that is not the primary, the full check cannot pass.
    only_older = without_pythons(primary)
    failed = subprocess.run(
        check, shell=True, cwd=site, env=only_older, capture_output=True, text=True, timeout=120
    )
    assert failed.returncode == 1
    assert "cannot regenerate: the primary Python is missing" in failed.stderr
