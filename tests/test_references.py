"""motw.site.references: Python names link to docs.python.org, resolved offline.

Small Sphinx projects (the test root ``roots/test-references``: prose
references and a shown script) are built with an inventory made here,
with the primary Python's ``objects.inv`` (provisioned with the
interpreters by ``make``), and with none; the last test builds the real
site and reports every Python reference that resolves nowhere.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from conftest import REPO
from motw.engine import provision
from motw.site.references import (
    INVENTORIES,
    documented_name,
    find_inventory,
    inventory_patterns,
)

pytest_plugins = ("sphinx.testing.fixtures",)

DOCS = "https://docs.python.org/3/"
# What the test root refers to, as the Python 3.15 documentation declares it.
SMALL_INVENTORY = [
    "asyncio py:module 0 library/asyncio.html#module-$ -",
    "asyncio.TaskGroup py:class 1 library/asyncio-task.html#$ -",
    "asyncio.TaskGroup.create_task py:method 1 library/asyncio-task.html#$ -",
    "asyncio.run py:function 1 library/asyncio-runner.html#$ -",
    "asyncio.sleep py:function 1 library/asyncio-task.html#$ -",
    "asyncio.Queue.shutdown py:method 1 library/asyncio-queue.html#$ -",
    "itertools py:module 0 library/itertools.html#module-$ -",
    "itertools.batched py:function 1 library/itertools.html#$ -",
    "print py:function 1 library/functions.html#$ -",
    "list py:class 1 library/stdtypes.html#$ -",
]
# The primary's python3.15-doc, provisioned by `make` (or Debian's, installed).
INSTALLED = find_inventory(inventory_patterns(list(INVENTORIES)), REPO)
needs_installed = pytest.mark.skipif(
    INSTALLED is None,
    reason="no objects.inv of the Python documentation: run make (it provisions it)",
)


@pytest.fixture(autouse=True)
def no_provisioned_trees(tmp_path, monkeypatch):
    """The builds here see only the inventories each test gives them (the
    real site's test takes the provisioned one back)."""
    monkeypatch.setenv("MOTW_PYTHONS_CACHE", str(tmp_path / "no-pythons"))


def write_inventory(path: Path, lines: list[str], version: str = "3.15") -> Path:
    """An objects.inv as Sphinx writes it (version 2)."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: Python\n# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = zlib.compress(("\n".join(lines) + "\n").encode())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header.encode() + body)
    return path


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).parent / "roots"


@pytest.fixture
def no_network(monkeypatch) -> list[object]:
    """Every connection a build tries (it fails), for the test to see."""
    attempts: list[object] = []

    def refuse(self, address):
        attempts.append(address)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


@pytest.fixture
def small_inventory(tmp_path) -> Path:
    return write_inventory(tmp_path / "python3.15" / "objects.inv", SMALL_INVENTORY)


def build(make_app, tmp_path, name: str, **confoverrides):
    """Build the test root in its own folder with warnings as errors."""
    app = make_app(
        "html",
        srcdir=tmp_path / name,
        freshenv=True,
        warningiserror=True,
        confoverrides=confoverrides,
    )
    app.build()
    return app


@pytest.fixture
def make_root(rootdir, tmp_path):
    """A copy of the test root in *tmp_path*/<name>."""

    def copy(name: str) -> Path:
        shutil.copytree(rootdir / "test-references", tmp_path / name)
        return tmp_path / name

    return copy


def links(app) -> dict[str, str]:
    """The prose's links to docs.python.org: text (tags stripped) -> address."""
    html = (Path(app.outdir) / "index.html").read_text()
    found = {}
    pattern = (
        r'<a class="reference external" href="(https://docs\.python\.org/[^"]+)"[^>]*>(.*?)</a>'
    )
    for address, text in re.findall(pattern, html, re.S):
        found.setdefault(re.sub(r"<[^>]+>", "", text).strip().removesuffix("()"), address)
    return found


def script_links(app_or_page) -> dict[str, str]:
    """The links sphinx-codeautolink put into the shown scripts."""
    if isinstance(app_or_page, Path):
        html = app_or_page.read_text()
    else:
        html = (Path(app_or_page.outdir) / "index.html").read_text()
    found = {}
    for tag, text in re.findall(r"(<a [^>]*sphinx-codeautolink-a[^>]*>)(.*?)</a>", html, re.S):
        address = re.search(r'href="([^"]+)"', tag)[1]
        found.setdefault(re.sub(r"<[^>]+>", "", text), address)
    return found


# -- Building pages ---------------------------------------------------------


def test_prose_and_script_link_to_docs_python_org(
    make_app, make_root, tmp_path, small_inventory, no_network
):
    make_root("small")
    app = build(make_app, tmp_path, "small", motw_python_inventories=[str(small_inventory)])
    prose = links(app)
    assert prose["TaskGroup"] == DOCS + "library/asyncio-task.html#asyncio.TaskGroup"
    # Names added since 3.11 (nitpicky: else an error).
    assert prose["itertools.batched"] == DOCS + "library/itertools.html#itertools.batched"
    assert prose["Queue.shutdown"] == DOCS + "library/asyncio-queue.html#asyncio.Queue.shutdown"
    script = script_links(app)
    # Imported, it is asyncio.taskgroups.TaskGroup: the documentation's name is taken.
    assert script["asyncio.TaskGroup"] == DOCS + "library/asyncio-task.html#asyncio.TaskGroup"
    assert script["asyncio.run"] == DOCS + "library/asyncio-runner.html#asyncio.run"
    # On 3.11 the name does not exist to import: it links because the inventory lists it.
    assert script["batched"] == DOCS + "library/itertools.html#itertools.batched"
    assert "motw: Python references from" in app.status.getvalue()
    assert no_network == []


@needs_installed
def test_the_installed_python_documentation_links_every_name(
    make_app, make_root, tmp_path, no_network
):
    make_root("installed")
    app = build(make_app, tmp_path, "installed", motw_python_inventories=[str(INSTALLED)])
    prose = links(app)
    assert prose["TaskGroup"] == DOCS + "library/asyncio-task.html#asyncio.TaskGroup"
    assert prose["itertools.batched"] == DOCS + "library/itertools.html#itertools.batched"
    script = script_links(app)
    assert script["asyncio.TaskGroup"] == DOCS + "library/asyncio-task.html#asyncio.TaskGroup"
    assert script["asyncio.sleep"] == DOCS + "library/asyncio-task.html#asyncio.sleep"
    assert script["batched"] == DOCS + "library/itertools.html#itertools.batched"
    # 3.15's documentation moved the built-ins: the inventory says where.
    assert re.fullmatch(
        re.escape(DOCS) + r"(library|builtins)/functions\.html#print", script["print"]
    )
    assert no_network == []


def test_without_an_inventory_the_build_goes_on_and_says_so(
    make_app, make_root, tmp_path, no_network
):
    root = make_root("missing")
    conf = root / "conf.py"
    conf.write_text(conf.read_text().replace("nitpicky = True", "nitpicky = False"))
    app = build(make_app, tmp_path, "missing", motw_python_inventories=[str(tmp_path / "none")])
    status = app.status.getvalue()
    assert "no objects.inv of the Python documentation" in status
    assert str(tmp_path / "none") in status
    assert "Run `make`" in status
    # Said when the build starts, and again as its last word.
    assert status.count("Python names stay plain text") == 2
    assert status.rindex("motw: no objects.inv") > status.rindex("dumping object inventory")
    assert "python" not in app.config.intersphinx_mapping
    assert links(app) == {}
    assert script_links(app) == {}
    assert app.warning.getvalue() == ""
    assert no_network == []


def test_read_the_docs_reads_the_live_inventory_first(
    make_app, make_root, tmp_path, small_inventory, monkeypatch
):
    """With network (Read the Docs), the live inventory; the local one if that fails."""
    from sphinx.ext.intersphinx import _load

    tried = []
    real = _load._fetch_inventory_data

    def fetch(*, target_uri, inv_location, **kwargs):
        tried.append(inv_location)
        if "://" in inv_location:
            raise OSError("offline")
        return real(target_uri=target_uri, inv_location=inv_location, **kwargs)

    monkeypatch.setattr(_load, "_fetch_inventory_data", fetch)
    make_root("live")
    make_app(
        "html",
        srcdir=tmp_path / "live",
        freshenv=True,
        confoverrides={
            "motw_python_inventories": [str(small_inventory)],
            "motw_python_inventory_live": True,
        },
    )
    assert tried == [DOCS + "objects.inv", str(small_inventory)]


def test_a_python_mapping_of_conf_py_is_left_alone(make_app, make_root, tmp_path, no_network):
    other = write_inventory(tmp_path / "other.inv", SMALL_INVENTORY)
    make_root("own")
    app = make_app(
        "html",
        srcdir=tmp_path / "own",
        confoverrides={"intersphinx_mapping": {"python": ("https://example.org/", str(other))}},
    )
    assert app.config.intersphinx_mapping["python"] == (
        "python",
        ("https://example.org/", (str(other),)),
    )


def test_a_changed_inventory_rewrites_the_pages(make_app, make_root, tmp_path):
    """The mapping stays the same (the same file), what it holds changes."""
    root = make_root("later")
    conf = root / "conf.py"
    conf.write_text(conf.read_text().replace("nitpicky = True", "nitpicky = False"))
    base = tmp_path / "python3.15" / "objects.inv"
    overrides = {"motw_python_inventories": [str(base)]}
    write_inventory(base, [line for line in SMALL_INVENTORY if "TaskGroup" not in line])
    first = make_app("html", srcdir=root, confoverrides=overrides)
    first.build()
    assert "TaskGroup" not in links(first)
    write_inventory(base, SMALL_INVENTORY)
    again = make_app("html", srcdir=root, confoverrides=overrides)
    again.build()
    assert links(again)["TaskGroup"] == DOCS + "library/asyncio-task.html#asyncio.TaskGroup"


def test_a_script_name_is_linked_under_the_documentations_name():
    import asyncio  # noqa: F401  (asyncio.taskgroups is imported)
    import logging  # noqa: F401

    inventory = {"asyncio.TaskGroup": "", "itertools.batched": "", "logging.info": ""}
    assert documented_name("asyncio.TaskGroup", "asyncio.TaskGroup", inventory) == (
        "asyncio.TaskGroup"
    )
    # Where the import led: a submodule of the documented package.
    assert documented_name("asyncio.taskgroups.TaskGroup", "asyncio.TaskGroup", inventory) == (
        "asyncio.TaskGroup"
    )
    assert documented_name("asyncio.taskgroups.TaskGroup", "tg.TaskGroup", inventory) == (
        "asyncio.TaskGroup"
    )
    # A name the building Python lacks: as the script wrote it.
    assert documented_name(None, "itertools.batched", inventory) == "itertools.batched"
    # Only a module is left out, never a class: this is not logging.info.
    assert documented_name("logging.LoggerAdapter.info", "x.info", inventory) == (
        "logging.LoggerAdapter.info"
    )
    assert documented_name(None, "itertools.nothing", inventory) is None


# -- The inventory ----------------------------------------------------------


def test_the_newest_python_documentation_is_chosen(tmp_path):
    write_inventory(tmp_path / "doc/python3.11/html/objects.inv", [], "3.11")
    newest = write_inventory(tmp_path / "doc/python3.13/html/objects.inv", [], "3.13")
    write_inventory(tmp_path / "doc/python3.9/html/objects.inv", [], "3.9")
    (tmp_path / "doc/python3.14/html").mkdir(parents=True)
    (tmp_path / "doc/python3.14/html/objects.inv").write_text("not an inventory\n" * 4)
    assert find_inventory(["doc/python3*/html/objects.inv"], tmp_path) == newest
    assert find_inventory(["nowhere/*.inv"], tmp_path) is None


def test_the_provisioned_documentation_is_found_first(tmp_path, monkeypatch):
    """make provisions the primary's python3.X-doc with the interpreters."""
    cache = tmp_path / "pythons"
    tree = cache / "abc"
    inventory = write_inventory(tree / "usr/share/doc/python3.15/html/objects.inv", [], "3.15")
    installed = write_inventory(tmp_path / "doc/python3.13/html/objects.inv", [], "3.13")
    manifest = {"root": str(tree), "pythons": {"3.15": "3.15.2"}, "packages": {}, "asked": []}
    (tree / provision.MANIFEST).write_text(json.dumps(manifest))
    monkeypatch.setenv("MOTW_PYTHONS_CACHE", str(cache))
    patterns = inventory_patterns([str(tmp_path / "doc/python3*/html/objects.inv")])
    assert patterns[0] == str(inventory)
    assert find_inventory(patterns, tmp_path) == inventory
    (tree / provision.MANIFEST).unlink()  # an interrupted provisioning is never used
    assert find_inventory(inventory_patterns(patterns[1:]), tmp_path) == installed


# -- The real site ----------------------------------------------------------

# Python references of the chapters that docs.python.org does not declare
# (so no inventory can resolve them): the markup should change, e.g.
# :class:`int`, :meth:`frozenset.discard`, or ``literal`` text.  A new one
# fails the test below; so does one that no longer happens.
KNOWN_UNRESOLVED: set[tuple[str, str]] = set()  # none: every reference resolves
NOT_FOUND = re.compile(
    r"^(?:\x1b\[\d+m)?(?P<file>\S+?\.rst):\d+: WARNING: py:\w+ reference target not found: "
    r"(?P<target>\S+)",
    re.M,
)


@pytest.mark.slow
@needs_installed
def test_the_real_site_resolves_every_python_reference(tmp_path, capsys, monkeypatch):
    """The real docs, nitpicky: every Python reference resolves but the known ones."""
    monkeypatch.delenv("MOTW_PYTHONS_CACHE")  # the provisioned documentation, as make has it
    out = tmp_path / "html"
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-n", "-q", "-b", "html", "-c", str(REPO)]
        + ["-d", str(tmp_path / "doctrees"), str(REPO / "docs"), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    found = {
        (Path(m["file"]).relative_to(REPO / "docs").with_suffix("").as_posix(), m["target"])
        for m in NOT_FOUND.finditer(result.stderr)
    }
    others = [
        line
        for line in result.stderr.splitlines()
        if "WARNING" in line and "reference target not found" not in line
    ]
    assert others == []
    with capsys.disabled():
        print(f"\nunresolved Python references in the real site: {len(found)}")
        for page, target in sorted(found):
            print(f"  docs/{page}.rst: {target}")
    assert sorted(found - KNOWN_UNRESOLVED) == [], "the markup should name what is documented"
    present = {
        (page, target)
        for page, target in KNOWN_UNRESOLVED
        if (REPO / "docs" / f"{page}.rst").exists()
    }
    assert sorted(present - found) == [], "resolved now: remove from KNOWN_UNRESOLVED"
    # The shown scripts link too (motw.site gives them their language).
    script = script_links(out / "asyncio" / "coroutines.html")
    assert script["asyncio.new_event_loop"] == (
        DOCS + "library/asyncio-eventloop.html#asyncio.new_event_loop"
    )
    assert re.fullmatch(
        re.escape(DOCS) + r"(library|builtins)/functions\.html#print", script["print"]
    )
