"""Provisioning CPython from Debian's archive, and choosing among installations.

The end-to-end test unpacks the real packages into the user's cache
(``make`` does the same, so it is there between test runs and the suite
stays fast).  The failures are faked with stand-in ``mmdebstrap``,
``patchelf`` and interpreters on ``PATH``: no network, not root, a
truncated download, a Python that does not start or does not work.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from motw.engine import interpreters, provision
from motw.engine.interpreters import Interpreters
from motw.errors import ProvisionError

LINES = ["3.15", "3.14", "3.13", "3.12", "3.11"]
needs_debian = pytest.mark.skipif(
    provision.unavailable_reason() is not None,
    reason=f"provisioning cannot work here: {provision.unavailable_reason()}",
)


def executable(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def fake_python(path: Path, release: str, in_venv: bool = False) -> Path:
    """An "interpreter" that answers the finder's probe as *release* would."""
    answer = json.dumps(["cpython", release, [str(path.parent)], [], [], in_venv])
    return executable(path, f"#!/bin/sh\necho '{answer}'\n")


# -- The real thing ---------------------------------------------------------


@needs_debian
def test_the_configured_lines_are_provisioned_verified_and_reused(monkeypatch):
    tree = provision.provision(LINES, log=lambda message: None)
    assert set(tree.pythons) == {"3.15", "3.14", "3.13"}  # 3.12 and 3.11 left sid
    assert all(tree.pythons[v].startswith(v + ".") for v in tree.pythons)
    assert tree.packages["python3.15"].startswith(tree.pythons["3.15"])
    # It works as the examples need it: the tree's own libraries and time zones.
    probe = (
        "import sqlite3, ssl, sys, zoneinfo, compression.zstd, concurrent.interpreters;"
        "print(sys.version.split()[0], sys.prefix, zoneinfo.ZoneInfo('Asia/Tokyo'))"
    )
    ran = subprocess.run(
        [str(tree.executable("3.15")), "-I", "-c", probe],
        capture_output=True,
        text=True,
        env={"PYTHONTZPATH": str(tree.root / "usr/share/zoneinfo")},
    )
    assert ran.stdout.split() == [tree.pythons["3.15"], str(tree.root / "usr"), "Asia/Tokyo"]
    assert tree.inventories(), "the primary's documentation comes with it"

    # Again: the same tree, offline, nothing unpacked.
    def no_network(*args):
        raise AssertionError("the archive was asked again")

    monkeypatch.setattr(provision, "_unpack", no_network)
    assert provision.provision(LINES).root == tree.root
    # The finder takes it, and it is the newest release of each line.
    found = Interpreters(Path("/nonexistent")).find("3.15")
    assert found is not None and found.release == tree.pythons["3.15"]


@needs_debian
def test_no_network_is_said_and_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("MOTW_DEBIAN_MIRROR", "http://127.0.0.1:9/debian")
    with pytest.raises(ProvisionError, match="mmdebstrap failed.*no network to http://127.0.0.1:9"):
        provision.provision(["3.15"], cache=tmp_path, log=lambda message: None)
    assert [p.name for p in tmp_path.iterdir()] == [".lock"]


# -- Faked failures ---------------------------------------------------------


@pytest.fixture
def fake_archive(tmp_path, monkeypatch):
    """Stand-ins for mmdebstrap and patchelf; returns a function that sets
    what the archive "unpacks": ``{relative path: text}``."""
    bin_dir = tmp_path / "bin"
    tree_files = tmp_path / "archive.json"
    executable(
        bin_dir / "mmdebstrap",
        textwrap.dedent(
            f"""\
            #!{shutil.which("python3")}
            import gzip, json, os, sys
            target = [a for a in sys.argv[1:] if not a.startswith("-")][1]
            files = json.load(open({str(tree_files)!r}))
            for name, text in files.get("files", {{}}).items():
                path = os.path.join(target, name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                if name.endswith(".gz") and text != "TRUNCATED":
                    with gzip.open(path, "wt") as out:
                        out.write(text)
                else:
                    with open(path, "w") as out:
                        out.write(text)
                os.chmod(path, 0o755)
            sys.stderr.write(files.get("stderr", ""))
            sys.exit(files.get("status", 0))
            """
        ),
    )
    executable(bin_dir / "patchelf", "#!/bin/sh\nexit 0\n")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(provision, "unavailable_reason", lambda: None)

    def archive(files: dict[str, str], status: int = 0, stderr: str = "") -> None:
        tree_files.write_text(json.dumps({"files": files, "status": status, "stderr": stderr}))

    return archive


def working_python(release: str) -> str:
    """A stand-in python3.X that passes the verification."""
    answer = json.dumps({"release": release, "outside": [], "sqlite": "x", "openssl": "x"})
    return textwrap.dedent(
        f"""\
        #!/bin/sh
        if [ "$2" = "-m" ]; then mkdir -p "$5/bin"; ln -s /bin/true "$5/bin/python"; exit 0; fi
        echo '{answer}'
        """
    )


CHANGELOG = "usr/share/doc/python3.15/changelog.Debian.gz"


def test_a_tree_is_complete_only_once_verified(fake_archive, tmp_path):
    fake_archive(
        {
            "usr/bin/python3.15": working_python("3.15.2"),
            CHANGELOG: "python3.15 (3.15.2-1) unstable; urgency=medium\n",
        }
    )
    cache = tmp_path / "cache"
    tree = provision.provision(["3.15", "3.11"], cache=cache, log=lambda message: None)
    assert tree.pythons == {"3.15": "3.15.2"} and tree.asked == ("3.15", "3.11")
    assert tree.packages == {"python3.15": "3.15.2-1"}
    assert provision.trees(cache) == [tree]


def test_a_truncated_download_is_refused_and_removed(fake_archive, tmp_path):
    fake_archive({"usr/bin/python3.15": working_python("3.15.2"), CHANGELOG: "TRUNCATED"})
    cache = tmp_path / "cache"
    with pytest.raises(ProvisionError, match="damaged \\(a truncated download\\?\\)"):
        provision.provision(["3.15"], cache=cache, log=lambda message: None)
    assert provision.trees(cache) == [] and sorted(os.listdir(cache)) == [".lock"]


def test_a_failed_unpacking_names_apt_s_error(fake_archive, tmp_path):
    fake_archive({"usr/bin/half": ""}, status=1, stderr="E: Failed to fetch http://x/y.deb\n")
    cache = tmp_path / "cache"
    with pytest.raises(ProvisionError, match="E: Failed to fetch .*no network to"):
        provision.provision(["3.15"], cache=cache, log=lambda message: None)
    assert sorted(os.listdir(cache)) == [".lock"]


@pytest.mark.parametrize(
    ("python", "message"),
    [
        ("#!/bin/sh\nexit 1\n", "does not work: no output"),
        ("\x7fELF garbage", "does not start"),
        (working_python("3.14.1"), "is CPython 3.14.1, not 3.15"),
    ],
    ids=["fails", "does-not-start", "wrong-version"],
)
def test_a_python_that_does_not_work_is_never_used(fake_archive, tmp_path, python, message):
    fake_archive({"usr/bin/python3.15": python, CHANGELOG: "python3.15 (3.15.2-1) unstable\n"})
    cache = tmp_path / "cache"
    with pytest.raises(ProvisionError, match=message):
        provision.provision(["3.15"], cache=cache, log=lambda message: None)
    assert provision.trees(cache) == [] and sorted(os.listdir(cache)) == [".lock"]


def test_an_interrupted_provisioning_is_redone_never_used(fake_archive, tmp_path):
    cache = tmp_path / "cache"
    left = cache / "0123abcd"  # unpacked and renamed, but never marked complete
    fake_python(left / "usr/bin/python3.15", "3.15.2")
    (cache / ".partial-x").mkdir()
    assert provision.trees(cache) == []
    fake_archive(
        {
            "usr/bin/python3.15": working_python("3.15.2"),
            CHANGELOG: "python3.15 (3.15.2-1) unstable\n",
        }
    )
    tree = provision.provision(["3.15"], cache=cache, log=lambda message: None)
    assert not left.exists() and not (cache / ".partial-x").exists()
    assert provision.trees(cache) == [tree]


def test_a_damaged_tree_is_provisioned_again(fake_archive, tmp_path):
    cache = tmp_path / "cache"
    fake_archive(
        {
            "usr/bin/python3.15": working_python("3.15.2"),
            CHANGELOG: "python3.15 (3.15.2-1) unstable\n",
        }
    )
    first = provision.provision(["3.15"], cache=cache, log=lambda message: None)
    first.executable("3.15").write_text("#!/bin/sh\nexit 1\n")  # damaged since
    said: list[str] = []
    again = provision.provision(["3.15"], cache=cache, log=said.append)
    assert any("is damaged" in line for line in said)
    assert provision.verify(again.root, again.pythons, venv=False) == {"3.15": "3.15.2"}


def test_not_root_and_no_tools_says_what_to_install(monkeypatch):
    monkeypatch.setattr(provision.sys, "platform", "linux")
    monkeypatch.setattr(provision.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(provision.shutil, "which", lambda name: None)
    reason = provision.unavailable_reason()
    assert reason == (
        "mmdebstrap and patchelf not installed, and installing needs root: "
        "run 'sudo apt-get install mmdebstrap patchelf'"
    )
    with pytest.raises(ProvisionError, match="cannot provision Python 3.15: mmdebstrap and"):
        provision.provision(["3.15"], cache=Path("/nonexistent"), refresh=True)


def test_not_linux_says_so(monkeypatch):
    monkeypatch.setattr(provision.sys, "platform", "darwin")
    assert "Linux on x86_64 only (this is darwin)" in (provision.unavailable_reason() or "")


def test_the_mirror_is_the_machine_s_own(tmp_path, monkeypatch):
    monkeypatch.delenv("MOTW_DEBIAN_MIRROR", raising=False)
    assert provision.mirror().startswith("http")
    monkeypatch.setenv("MOTW_DEBIAN_MIRROR", "http://mirror.example/debian")
    assert provision.mirror() == "http://mirror.example/debian"


def test_a_moved_tree_is_not_used(tmp_path):
    tree = tmp_path / "cache" / "abc"
    fake_python(tree / "usr/bin/python3.15", "3.15.2")
    manifest = {"root": "/elsewhere/abc", "pythons": {"3.15": "3.15.2"}}
    (tree / provision.MANIFEST).write_text(json.dumps({**manifest, "packages": {}, "asked": []}))
    assert provision.trees(tmp_path / "cache") == []  # its binaries point at the old place


# -- Choosing among installations -------------------------------------------


@pytest.fixture
def installations(tmp_path, monkeypatch):
    """Empty pyenv, uv and provisioned folders and PATH, to fill per test;
    the Python running the tests is no candidate (it may be a 3.13)."""
    monkeypatch.setattr(interpreters, "running", lambda: ("0.0", sys.executable))
    for name in ("pyenv/versions", "uv", "path", "pythons"):
        (tmp_path / name).mkdir(parents=True)
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))
    monkeypatch.setenv("UV_PYTHON_INSTALL_DIR", str(tmp_path / "uv"))
    monkeypatch.setenv("MOTW_PYTHONS_CACHE", str(tmp_path / "pythons"))
    monkeypatch.setenv("PATH", str(tmp_path / "path"))
    monkeypatch.delenv("MOTW_PYTHON_3_13", raising=False)
    return tmp_path


def test_the_newest_patch_release_of_a_line_wins(installations):
    root = installations
    fake_python(root / "pyenv/versions/3.13.0/bin/python3.13", "3.13.0")
    fake_python(root / "pyenv/versions/3.13.9/bin/python3.13", "3.13.9")
    fake_python(root / "path/python3.13", "3.13.5")
    fake_python(root / "uv/cpython-3.13.18-linux-x86_64-gnu/bin/python3.13", "3.13.18")
    fake_python(root / "uv/cpython-3.13.20+freethreaded-linux-x86_64-gnu/bin/python3.13", "3.13.20")
    found = Interpreters(root / "project").find("3.13")
    assert found is not None
    assert (found.release, found.source) == ("3.13.18", "uv")
    assert found.passed_over == ("3.13.9 (pyenv)", "3.13.5 (PATH)", "3.13.0 (pyenv)")


def test_a_provisioned_release_wins_over_an_older_one(installations):
    root = installations
    fake_python(root / "pyenv/versions/3.13.0/bin/python3.13", "3.13.0")
    tree = root / "pythons" / "abc"
    fake_python(tree / "usr/bin/python3.13", "3.13.18")
    manifest = {"root": str(tree), "pythons": {"3.13": "3.13.18"}, "packages": {}, "asked": []}
    (tree / provision.MANIFEST).write_text(json.dumps(manifest))
    found = Interpreters(root / "project").find("3.13")
    assert found is not None and (found.release, found.source) == ("3.13.18", "provisioned")
    assert found.passed_over == ("3.13.0 (pyenv)",)


def test_between_equal_releases_the_earlier_source_wins(installations):
    root = installations
    fake_python(root / "path/python3.13", "3.13.5")
    fake_python(root / "pyenv/versions/3.13.5/bin/python3.13", "3.13.5")
    found = Interpreters(root / "project").find("3.13")
    assert found is not None and found.source == "PATH" and found.passed_over == ()


def test_a_virtual_environment_is_no_base(installations):
    fake_python(installations / "path/python3.13", "3.13.30", in_venv=True)
    fake_python(installations / "pyenv/versions/3.13.1/bin/python3.13", "3.13.1")
    found = Interpreters(installations / "project").find("3.13")
    assert found is not None and found.release == "3.13.1"


def test_the_examples_environment_is_used_only_if_made_from_the_winner(installations):
    root = installations
    project = root / "project"
    base = fake_python(root / "pyenv/versions/3.13.0/bin/python3.13", "3.13.0")
    venv = project / ".venvs" / "3.13"
    fake_python(venv / "bin" / "python", "3.13.0", in_venv=True)
    (venv / "pyvenv.cfg").write_text(f"home = {base.parent}\nexecutable = {base}\n")
    found = Interpreters(project).find("3.13")
    assert found is not None and found.executable == str(venv / "bin" / "python")
    assert found.source == ".venvs/3.13, from pyenv" and found.note == ""
    # A newer release arrives: the environment is older, the winner runs bare.
    fake_python(root / "path/python3.13", "3.13.18")
    found = Interpreters(project).find("3.13")
    assert found is not None and found.executable == str(root / "path/python3.13")
    assert found.note == ".venvs/3.13 was made from an older release: run 'make'"


def test_the_running_python_is_a_candidate_of_its_own_line(installations, monkeypatch):
    running = fake_python(installations / "running/python3.13", "3.13.20")
    fake_python(installations / "path/python3.13", "3.13.18")
    monkeypatch.setattr(interpreters, "running", lambda: ("3.13", str(running)))
    found = Interpreters(installations / "project").find("3.13")
    assert found is not None
    assert (found.executable, found.source) == (str(running), "running Python")
    assert found.passed_over == ("3.13.18 (PATH)",)
    assert Interpreters(installations / "project").find("3.12") is None


def test_the_override_wins_outright(installations, monkeypatch):
    fake_python(installations / "path/python3.13", "3.13.18")
    old = fake_python(installations / "old/python3.13", "3.13.0")
    monkeypatch.setenv("MOTW_PYTHON_3_13", str(old))
    found = Interpreters(installations / "project").find("3.13")
    assert found is not None and (found.executable, found.source) == (str(old), "override")
