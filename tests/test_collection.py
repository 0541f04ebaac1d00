"""The suite's collection rules (tests/conftest.py), on small suites of their own."""

import pytest

from conftest import REPO
from motw.config import running_version

pytest_plugins = ["pytester"]

PASSING = "def test_one():\n    pass\n"
# The inner runs need neither: leaving them out saves seconds a run.
LEAN = ("-p", "no:hypothesispytest", "-p", "no:cacheprovider")


@pytest.fixture
def suite(pytester):
    """A project with the real conftest.py in tests/ and a [tool.motw] to choose."""

    def make(primary: str, **modules: str):
        pytester.makefile(".toml", pyproject=f'[tool.motw]\npythons = ["{primary}"]\n')
        tests = pytester.mkdir("tests")
        (tests / "conftest.py").write_text((REPO / "tests" / "conftest.py").read_text())
        for name, text in modules.items():
            (tests / f"{name}.py").write_text(text)
        return pytester

    return make


def test_a_module_with_no_test_fails_naming_itself(suite):
    pytester = suite(running_version(), test_empty="import os\n", test_full=PASSING)
    result = pytester.runpytest(*LEAN, "-rf", "tests")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "tests/test_empty.py collected no test: a test module or class must hold *",
            "FAILED tests/test_empty.py::collected nothing - *",
        ]
    )


def test_a_class_with_no_test_fails_too(suite):
    pytester = suite(running_version(), test_class="class TestNothing:\n    x = 1\n" + PASSING)
    result = pytester.runpytest(*LEAN, "-rf", "tests")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["FAILED tests/test_class.py::TestNothing::collected nothing*"])


def test_tests_deselected_by_a_marker_do_not_count_as_empty(suite):
    slow = "import pytest\n\n@pytest.mark.slow\ndef test_slow():\n    pass\n"
    pytester = suite(running_version(), test_slow=slow, test_fast=PASSING)
    result = pytester.runpytest(*LEAN, "-m", "not slow", "tests")
    result.assert_outcomes(passed=1, deselected=1)


def test_a_module_that_fails_to_import_is_an_error_not_empty(suite):
    pytester = suite(running_version(), test_broken="import no_such_module_here\n")
    result = pytester.runpytest(*LEAN, "tests")
    result.assert_outcomes(errors=1)
    assert "collected nothing" not in result.stdout.str()


PRIMARY_ONLY = "import pytest\n\n@pytest.mark.primary_only\ndef test_compares():\n    pass\n"


def test_primary_only_is_skipped_with_its_reason_on_another_python(suite):
    pytester = suite("3.99", test_primary=PRIMARY_ONLY + PASSING)
    result = pytester.runpytest(*LEAN, "-rs", "tests")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "SKIPPED * primary_only: compares with transcripts made by Python 3.99, the "
            f"primary of [[]tool.motw[]]; this is Python {running_version()}"
        ]
    )


def test_primary_only_runs_on_the_primary(suite):
    pytester = suite(running_version(), test_primary=PRIMARY_ONLY)
    result = pytester.runpytest(*LEAN, "tests")
    result.assert_outcomes(passed=1)


def test_the_primary_only_marker_is_registered():
    # --strict-markers (addopts) would reject it otherwise.
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["pytest"]
    assert any(m.startswith("primary_only:") for m in config["ini_options"]["markers"])
