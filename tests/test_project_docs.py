"""CHANGELOG.md, CONTRIBUTING.md and noxfile.py agree with the code they describe."""

import re
import runpy
import subprocess
import tomllib

import pytest

import motw
from conftest import REPO
from motw.cogpass import lockfile
from motw.engine import revisions

CHANGELOG = (REPO / "CHANGELOG.md").read_text()
CONTRIBUTING = (REPO / "CONTRIBUTING.md").read_text()
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())

REVISIONS = {
    "EXECUTION_REVISION": (revisions, "tools/motw/engine/revisions.py"),
    "FORMAT_REVISION": (revisions, "tools/motw/engine/revisions.py"),
    "SCHEMA": (lockfile, "tools/motw/cogpass/lockfile.py"),
}


def releases() -> list[str]:
    return re.findall(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d\d-\d\d$", CHANGELOG, re.M)


def test_the_newest_release_in_the_changelog_is_the_package_version():
    assert releases()[0] == motw.__version__
    assert releases() == sorted(releases(), key=lambda v: [int(p) for p in v.split(".")])[::-1]


def invalidating_changes() -> str:
    """Every "Cache and transcript changes" section, Unreleased included."""
    sections = re.findall(
        r"^### Cache and transcript changes\n(.*?)(?=^##)", CHANGELOG + "\n##", re.M | re.S
    )
    return "".join(sections)


@pytest.mark.parametrize("name", REVISIONS)
def test_the_changelog_states_each_revision_number_in_force(name):
    # Bumping one without saying so in the changelog fails here.
    module, path = REVISIONS[name]
    assert f"**`{name}` is {getattr(module, name)}** (`{path}`" in invalidating_changes()


@pytest.mark.parametrize("name", REVISIONS)
def test_contributing_names_the_one_file_of_each_policy(name):
    module, path = REVISIONS[name]
    assert module.__file__.endswith(path.removeprefix("tools/"))
    row = next(line for line in CONTRIBUTING.splitlines() if f"`{name}`" in line)
    assert f"[`{path}`]({path})" in row


def test_every_path_contributing_names_exists():
    paths = set(re.findall(r"`((?:tools|tests|docs|benchmarks)/[\w./]*)`", CONTRIBUTING))
    paths |= set(re.findall(r"\]\(([\w./]+)\)", CONTRIBUTING))
    assert len(paths) >= 6
    for path in paths:
        assert (REPO / path).exists(), path


def test_every_make_target_contributing_names_exists():
    makefile = (REPO / "Makefile").read_text()
    targets = set(re.findall(r"`make ([a-z-]+)", CONTRIBUTING))
    assert {"venv", "test", "lint", "test-pythons", "coverage", "bench", "hooks"} <= targets
    for target in targets:
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_the_layer_map_has_every_layer_of_the_import_contract():
    contract = PYPROJECT["tool"]["importlinter"]["contracts"][0]
    names = {
        name.strip().removeprefix("motw.")
        for layer in contract["layers"]
        for name in re.split(r"[|:]", layer)
    }
    packages = {p.name for p in (REPO / "tools" / "motw").iterdir() if p.is_dir()} - {"__pycache__"}
    assert packages <= names
    for name in names:
        suffix = "/" if name in packages else ".py"
        assert f"{name}{suffix}" in CONTRIBUTING or f"{name}  " in CONTRIBUTING, name


PACKAGES = ("engine", "cogpass", "site", "authoring")
TOP_LEVEL = "`motw/` (top level)"


def modules_of(folder: str) -> set[str]:
    """The modules there are in *folder* of the package ("" for the top level)."""
    found = {p.stem for p in (REPO / "tools" / "motw" / folder).glob("*.py")}
    return found - {"__init__", "__main__", "cli"}


def contributing_modules(first_cell: str) -> set[str]:
    row = next(line for line in CONTRIBUTING.splitlines() if line.startswith(f"| {first_cell} |"))
    return set(re.findall(r"`(\w+)`", row.rstrip(" |").rsplit(" | ", 1)[1]))


@pytest.mark.parametrize("folder", ["", *PACKAGES])
def test_contributing_lists_every_module_of_each_layer(folder):
    assert contributing_modules(f"`{folder}/`" if folder else TOP_LEVEL) == modules_of(folder)


@pytest.mark.parametrize("folder", PACKAGES)
def test_each_package_docstring_lists_every_module(folder):
    docstring = __import__(f"motw.{folder}", fromlist=["_"]).__doc__
    assert set(re.findall(r":mod:`\.(\w+)`", docstring)) == modules_of(folder)


def test_contributing_answers_five_questions_with_one_file_each():
    rows = [line for line in CONTRIBUTING.splitlines() if re.match(r"\| Where is .*\? \|", line)]
    questions = [row.split(" | ")[0].removeprefix("| ") for row in rows]
    assert questions == [
        "Where is a transcript made?",
        "Where is the cache key decided?",
        "Where is the lock file read and written?",
        "Where is an interpreter found?",
        "Where is a page written?",
    ]
    for row in rows:
        the_file = row.split(" | ")[1]
        first = re.match(r"\[`(tools/motw/[\w/]+\.py)`\]\(\1\)", the_file)
        assert first, row
        assert (REPO / first[1]).is_file()


def test_the_readme_states_no_figure_that_nothing_checks():
    """Measured figures live where they are measured (benchmarks/README.md,
    make coverage), not in the README's prose."""
    readme = (REPO / "README.md").read_text()
    assert not re.search(r"\b\d[\d,]* tests\b|\d+% of|\d+\.\d+x (the )?(status quo|floor)", readme)
    assert "benchmarks/README.md" in readme


@pytest.fixture(scope="module")
def noxfile():
    return runpy.run_path(str(REPO / "noxfile.py"))


def test_the_matrix_covers_every_configured_python_and_the_oldest_supported(noxfile):
    versions = set(noxfile["VERSIONS"])
    assert set(PYPROJECT["tool"]["motw"]["pythons"]) <= versions
    assert PYPROJECT["project"]["requires-python"] == ">=3.11"
    assert "3.11" in versions


def test_the_matrix_finds_each_interpreter_it_names(noxfile):
    for version in noxfile["VERSIONS"]:
        found = noxfile["interpreter"](version)
        if found == version:  # not installed here: nox reports it missing
            continue
        shown = subprocess.run(
            [found, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert shown == version, found
