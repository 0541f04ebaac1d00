"""CPython releases that are not installed here, unpacked from Debian's archive.

Debian's ``sid`` carries the newest CPython lines as binary packages
(``python3.15``, ``python3.14``, ...).  :func:`provision` unpacks the
configured lines it carries into one tree with ``mmdebstrap``
(``--variant=extract``: no package scripts run), points each binary at the
tree's own loader and libraries with ``patchelf`` (the packages need a
newer glibc than the host may have), checks that every interpreter
works, and only then marks the tree complete.

The trees live in a cache outside the work tree (:func:`cache_root`),
one folder per set of package versions.  A folder without its manifest
is an interrupted provisioning: it is never used, and the next
provisioning removes it.  A complete tree is used offline from then on;
``--refresh`` asks the archive for newer packages, and a newer patch
release then wins over the older one (see :mod:`.interpreters`).
"""

from __future__ import annotations

import dataclasses
import fcntl
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ..digests import digest
from ..errors import ProvisionError

SUITE = "sid"
DEFAULT_MIRROR = "http://deb.debian.org/debian"
MANIFEST = "motw-provisioned.json"
LIBRARIES = "usr/lib/x86_64-linux-gnu"
TOOLS = ("mmdebstrap", "patchelf")
TIMEOUT = 900  # seconds for the download and unpacking

# What "works" means for a provisioned interpreter: it starts, it is the
# configured line, it stays inside its tree, and the modules that need
# the tree's own libraries load.  The virtual environment is checked
# separately (it needs a folder).
VERIFY = """
import json, os, sys
import ctypes, sqlite3, ssl, venv, zoneinfo
zoneinfo.ZoneInfo("Europe/Paris")
outside = [p for p in sys.path if p and not p.startswith(sys.argv[1])]
print(json.dumps({
    "release": "%d.%d.%d" % sys.version_info[:3],
    "outside": outside,
    "sqlite": sqlite3.sqlite_version,
    "openssl": ssl.OPENSSL_VERSION,
}))
"""


@dataclasses.dataclass(frozen=True)
class Tree:
    """A complete provisioned tree, as its manifest describes it."""

    root: Path
    pythons: dict[str, str]  # line -> exact release: {"3.15": "3.15.2"}
    packages: dict[str, str]  # Debian package -> version
    asked: tuple[str, ...]  # the lines the provisioning asked for

    def executable(self, version: str) -> Path:
        return self.root / "usr" / "bin" / f"python{version}"

    def pip_wheel(self) -> Path | None:
        return next(iter(sorted((self.root / "usr/share/python-wheels").glob("pip-*.whl"))), None)

    def inventories(self) -> list[Path]:
        """The ``objects.inv`` of the Python documentation the tree holds."""
        return sorted(self.root.glob("usr/share/doc/python3*/html/objects.inv"))


def cache_root() -> Path:
    """``$MOTW_PYTHONS_CACHE``, else ``motw/pythons`` in the user's cache folder."""
    configured = os.environ.get("MOTW_PYTHONS_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "motw" / "pythons"


def trees(cache: Path | None = None) -> list[Tree]:
    """The complete trees in *cache*, newest manifest first."""
    cache = cache_root() if cache is None else cache
    found = []
    try:
        folders = list(cache.iterdir())
    except OSError:
        return []
    for folder in folders:
        tree = _read_manifest(folder)
        if tree is not None:
            found.append((folder.stat().st_mtime_ns, tree))
    return [tree for _, tree in sorted(found, key=lambda pair: pair[0], reverse=True)]


def _read_manifest(folder: Path) -> Tree | None:
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
        if Path(data["root"]) != folder:
            return None  # moved: its binaries point at the old place
        return Tree(folder, dict(data["pythons"]), dict(data["packages"]), tuple(data["asked"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def mirror() -> str:
    """``$MOTW_DEBIAN_MIRROR``, else the Debian mirror this machine's apt uses."""
    configured = os.environ.get("MOTW_DEBIAN_MIRROR")
    if configured:
        return configured
    sources = Path("/etc/apt")
    texts = []
    for path in [sources / "sources.list", *sorted((sources / "sources.list.d").glob("*"))]:
        try:
            texts.append(path.read_text("utf-8", "replace"))
        except OSError:
            continue
    for text in texts:
        for uri in re.findall(r"(?m)^(?:deb\s+(?:\[[^]]*\]\s+)?|URIs:\s*)(\S+)", text):
            if uri.rstrip("/").endswith("/debian"):
                return uri.rstrip("/")
    return DEFAULT_MIRROR


def unavailable_reason() -> str | None:
    """Why provisioning cannot work on this machine, or None."""
    if sys.platform != "linux" or os.uname().machine != "x86_64":
        return f"Debian's packages serve Linux on x86_64 only (this is {sys.platform})"
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and not (os.geteuid() == 0 and shutil.which("apt-get")):
        return (
            f"{' and '.join(missing)} not installed, and installing needs root: "
            f"run 'sudo apt-get install {' '.join(TOOLS)}'"
        )
    return None


def provision(
    versions: Iterable[str],
    cache: Path | None = None,
    refresh: bool = False,
    log: Callable[[str], None] = lambda message: print(message, file=sys.stderr),
) -> Tree:
    """A complete, verified tree with the lines of *versions* that the archive
    carries; an existing one that asked for the same lines is reused (and
    checked again) unless *refresh*."""
    asked = tuple(sorted(set(versions), key=_order, reverse=True))
    cache = cache_root() if cache is None else cache
    if not refresh:
        for tree in trees(cache):
            if tree.asked == asked:
                try:
                    verify(tree.root, tree.pythons, venv=False)
                    return tree
                except ProvisionError as error:
                    log(f"provision: {tree.root} is damaged ({error}); provisioning again")
                    shutil.rmtree(tree.root, ignore_errors=True)
    reason = unavailable_reason()
    if reason:
        raise ProvisionError(f"cannot provision Python {', '.join(asked)}: {reason}")
    _install_tools(log)
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one provisioning at a time per cache
        _remove_interrupted(cache)
        partial = Path(tempfile.mkdtemp(prefix=".partial-", dir=cache))
        try:
            return _provision_into(partial, asked, cache, log)
        finally:
            shutil.rmtree(partial, ignore_errors=True)


def _provision_into(partial: Path, asked: tuple[str, ...], cache: Path, log) -> Tree:
    source = mirror()
    log(f"provision: Python {', '.join(asked)} from Debian {SUITE} ({source})")
    _unpack(partial, asked, source)
    packages = _package_versions(partial)
    lines = [v for v in asked if (partial / "usr" / "bin" / f"python{v}").is_file()]
    if not lines:
        raise ProvisionError(f"Debian {SUITE} carries none of Python {', '.join(asked)}")
    final = cache / digest({"suite": SUITE, "packages": packages})
    existing = _read_manifest(final)
    if existing is not None:
        return existing
    shutil.rmtree(final, ignore_errors=True)  # an interrupted one: redone
    partial.rename(final)  # the binaries must be patched for where they stay
    try:
        for version in lines:
            _patch(final, final / "usr" / "bin" / f"python{version}")
        releases = verify(final, {v: "" for v in lines})
        data = {
            "suite": SUITE,
            "mirror": source,
            "asked": list(asked),
            "pythons": releases,
            "packages": packages,
            "root": str(final),
        }
        (final / (MANIFEST + ".tmp")).write_text(json.dumps(data, indent=1, sort_keys=True))
        os.replace(final / (MANIFEST + ".tmp"), final / MANIFEST)  # complete only now
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)
        raise
    found = ", ".join(f"CPython {releases[v]}" for v in lines)
    left = [v for v in asked if v not in releases]
    log(f"provision: {found} in {final}" + (f" ({', '.join(left)} not in {SUITE})" if left else ""))
    tree = _read_manifest(final)
    assert tree is not None
    for older in trees(cache):  # superseded: the environments move to the new tree
        if older.root != final and older.asked == asked:
            shutil.rmtree(older.root, ignore_errors=True)
    return tree


def _unpack(target: Path, asked: tuple[str, ...], source: str) -> None:
    # One apt pattern for every line: a line the archive does not carry
    # (3.11 left sid long ago) matches nothing instead of failing the rest.
    names = [f"?exact-name(python{v})" for v in asked]
    names += [f"?exact-name(python{v}-venv)" for v in asked]
    # The newest line's documentation: its objects.inv resolves the site's
    # links to docs.python.org (motw.site.references).
    names.append(f"?exact-name(python{asked[0]}-doc)")
    mode = (
        "root" if os.geteuid() == 0 else ("fakeroot" if shutil.which("fakeroot") else "chrootless")
    )
    command = [
        "mmdebstrap",
        "--variant=extract",
        f"--mode={mode}",
        "--aptopt=Acquire::Check-Valid-Until false",  # sid's Release may be past it
        "--aptopt=Acquire::Retries 1",
        f"--include=?or({','.join(names)})",
        SUITE,
        str(target),
        source,
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        raise ProvisionError(f"mmdebstrap took over {TIMEOUT} s (is {source} reachable?)") from None
    if result.returncode:
        lines = [line for line in result.stderr.splitlines() if line.startswith("E:")]
        detail = "; ".join(lines[:2]) or result.stderr.strip()[-400:]
        hint = ""
        if re.search(r"resolve|connect|unreachable|Could not|Failed to fetch", result.stderr):
            hint = f" (no network to {source}? set $MOTW_DEBIAN_MIRROR, or install the Pythons)"
        raise ProvisionError(f"mmdebstrap failed: {detail}{hint}")


def _package_versions(tree: Path) -> dict[str, str]:
    """Debian package -> version, from the changelogs the packages ship."""
    found = {}
    for changelog in sorted((tree / "usr/share/doc").glob("*/changelog.Debian.gz")):
        try:
            with gzip.open(changelog, "rt", encoding="utf-8", errors="replace") as text:
                first = text.readline()
        except (OSError, EOFError):
            raise ProvisionError(f"{changelog} is damaged (a truncated download?)") from None
        match = re.match(r"(\S+) \(([^)]+)\)", first)
        if match:
            found[changelog.parent.name] = match[2]
    return found


def _patch(tree: Path, binary: Path) -> None:
    libraries = tree / LIBRARIES
    command = [
        "patchelf",
        "--set-interpreter",
        str(libraries / "ld-linux-x86-64.so.2"),
        "--force-rpath",
        "--set-rpath",
        str(libraries),
        str(binary),
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        raise ProvisionError(f"patchelf failed on {binary}: {result.stderr.strip()}")


def verify(tree: Path, pythons: dict[str, str], venv: bool = True) -> dict[str, str]:
    """Check every interpreter of *tree* (and that it makes a virtual
    environment, with *venv*); line -> exact release."""
    releases = {}
    for version, expected in pythons.items():
        binary = tree / "usr" / "bin" / f"python{version}"
        env = {"PATH": "/usr/bin:/bin", "PYTHONTZPATH": str(tree / "usr/share/zoneinfo")}
        try:
            result = subprocess.run(
                [str(binary), "-I", "-c", VERIFY, str(tree)],
                capture_output=True,
                text=True,
                timeout=60,
                env=env,
            )
            answer = json.loads(result.stdout) if result.returncode == 0 else None
        except (OSError, ValueError, subprocess.TimeoutExpired) as error:
            raise ProvisionError(f"{binary} does not start: {error}") from None
        if answer is None:
            last = (result.stderr.strip().splitlines() or ["no output"])[-1]
            raise ProvisionError(f"{binary} does not work: {last}")
        release = answer["release"]
        if release.rsplit(".", 1)[0] != version or (expected and release != expected):
            raise ProvisionError(f"{binary} is CPython {release}, not {expected or version}")
        if answer["outside"]:
            raise ProvisionError(f"{binary} looks outside its tree: {answer['outside'][0]}")
        if venv:
            _verify_venv(binary)
        releases[version] = release
    return releases


def _verify_venv(binary: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="motw-venv-check-") as folder:
        made = subprocess.run(
            [str(binary), "-I", "-m", "venv", "--without-pip", folder],
            capture_output=True,
            text=True,
            timeout=60,
        )
        python = Path(folder) / "bin" / "python"
        if made.returncode or subprocess.run([str(python), "-c", "pass"]).returncode:
            raise ProvisionError(f"{binary} cannot make a virtual environment: {made.stderr}")


def _install_tools(log) -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    log(f"provision: installing {' '.join(missing)} with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *missing]):
        result = subprocess.run(step, capture_output=True, text=True, env=env)
        if result.returncode:
            raise ProvisionError(
                f"'{' '.join(step)}' failed: {result.stderr.strip()[-300:]}; "
                f"install {' '.join(TOOLS)} yourself"
            )


def _remove_interrupted(cache: Path) -> None:
    """Remove what an interrupted provisioning left (the caller holds the lock)."""
    for folder in cache.iterdir():
        if folder.is_dir() and not (folder / MANIFEST).exists():
            shutil.rmtree(folder, ignore_errors=True)


def _order(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))
