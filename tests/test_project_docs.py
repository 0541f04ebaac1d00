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
