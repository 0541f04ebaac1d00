"""Links to the Python documentation, resolved without the network.

Every Python cross-reference of the prose (``:mod:``, ``:func:``,
``:class:``, ``:meth:``...) and every standard-library name in a shown
script (sphinx-codeautolink) links to https://docs.python.org/3/.
Intersphinx resolves them from the Python documentation's
``objects.inv``, read from a local file:

- Debian's ``python3.X-doc`` package installs it as
  ``/usr/share/doc/python3.X/html/objects.inv``;
- ``make python-inventory`` takes just that file out of the package into
  ``.cache/python-doc/`` (no root needed).

The newest one found is used, together with the names Python added after
it (``newer-python-names.txt`` beside this module): both go into one
inventory written into the doctree folder.  With neither file the site
is built all the same, without these links, and the build says so.  With
``motw_python_inventory_live`` (set in conf.py on Read the Docs, which has
network) intersphinx reads the live inventory instead.

``extensions = ["motw.site.references"]`` (it sets up intersphinx and
sphinx-codeautolink).
"""

from __future__ import annotations

import glob
import hashlib
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError
from sphinx.util import logging

from .. import __version__

logger = logging.getLogger(__name__)

DOCS_URL = "https://docs.python.org/3/"
NEWER_NAMES = Path(__file__).with_name("newer-python-names.txt")
# Where the inventory may be, the folder of conf.py first: `make python-inventory`.
INVENTORIES = (
    ".cache/python-doc/usr/share/doc/python3*/html/objects.inv",
    "/usr/share/doc/python3*/html/objects.inv",
)
MERGED_NAME = "motw-python-objects.inv"
ROLES = ("module", "function", "class", "exception", "method", "attribute", "data")
HEADER_LINES = 4  # before the zlib-compressed body (Sphinx inventory version 2)
MISSING = (
    "motw: no objects.inv of the Python documentation (looked for {}): "
    "Python names stay plain text.  Install Debian's python3.11-doc or run "
    "`make python-inventory` to get the links to docs.python.org."
)


@dataclass(frozen=True)
class NewerName:
    """A documented object Python added after the local inventory's version."""

    name: str
    role: str  # the object type of the Python domain
    page: str  # the page of the Python documentation, without ".html"
    added: str  # the Python version that added it

    @property
    def key(self) -> tuple[str, str]:
        return (self.name, f"py:{self.role}")

    def inventory_line(self) -> str:
        # The documentation anchors a module as "module-<name>", others by name.
        anchor = "module-$" if self.role == "module" else "$"
        return f"{self.name} py:{self.role} 1 {self.page}.html#{anchor} -"


def read_newer_names(path: Path) -> list[NewerName]:
    """The list: ``name role page added`` a line; ``#`` starts a comment."""
    names = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        where = f"{path}:{number}: "
        if len(words) != 4:
            raise ConfigError(f"{where}expected 'name role page added', got {line.strip()!r}")
        name, role, page, added = words
        if role not in ROLES:
            raise ConfigError(f"{where}unknown role {role!r} (one of {', '.join(ROLES)})")
        if not re.fullmatch(r"[A-Za-z_][\w.]*", name):
            raise ConfigError(f"{where}{name!r} is not a dotted Python name")
        if not re.fullmatch(r"3\.\d+", added):
            raise ConfigError(f"{where}{added!r} is not a Python version such as 3.12")
        if page.endswith(".html") or "#" in page:
            raise ConfigError(f"{where}the page is named without '.html' or anchor: {page!r}")
        names.append(NewerName(name, role, page, added))
    return names


def inventory_version(path: Path) -> tuple[int, ...]:
    """The Python version an inventory describes (its ``# Version:`` line)."""
    with path.open("rb") as file:
        head = [file.readline() for _ in range(HEADER_LINES)]
    match = re.match(rb"# Version: (\d+)\.(\d+)", head[2])
    if not head[0].startswith(b"# Sphinx inventory version 2") or not match:
        return ()
    return (int(match[1]), int(match[2]))


def find_inventory(patterns: list[str], root: Path) -> Path | None:
    """The inventory of the newest Python among the files *patterns* match."""
    found = {}
    for pattern in patterns:
        for name in sorted(glob.glob(str(root / pattern))):
            path = Path(name).resolve()  # python3.11-dev is a link to python3.11
            version = inventory_version(path)
            if version and version not in found:
                found[version] = path
    return found[max(found)] if found else None


def merge_inventory(base: Path, newer: list[NewerName], target: Path) -> int:
    """Write *base* plus the *newer* names it lacks into *target*; how many were added.

    The merged inventory calls itself "Python 3": its links go to the
    documentation of the latest Python.
    """
    head = base.read_bytes().split(b"\n", HEADER_LINES)
    body = zlib.decompress(head[HEADER_LINES]).decode("utf-8")
    known = {tuple(line.split(" ", 2)[:2]) for line in body.splitlines()}
    extra = [entry.inventory_line() for entry in newer if entry.key not in known]
    head[1:3] = [b"# Project: Python", b"# Version: 3"]
    merged = "\n".join([body.rstrip("\n"), *extra]) + "\n"
    data = b"\n".join(head[:HEADER_LINES]) + b"\n" + zlib.compress(merged.encode("utf-8"))
    if not target.is_file() or target.read_bytes() != data:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_bytes(data)
        temporary.replace(target)
    return len(extra)


def configure_intersphinx(app: Sphinx, config: Config) -> None:
    """Map ``python`` to docs.python.org, with the local inventory as its location."""
    if "python" in config.intersphinx_mapping:
        return  # conf.py says where it is
    root = Path(app.confdir)
    newer = read_newer_names(Path(root, config.motw_python_newer_names))
    base = find_inventory(list(config.motw_python_inventories), root)
    locations: list[str | None] = [None] if config.motw_python_inventory_live else []
    if base is not None:
        merged = Path(app.doctreedir) / MERGED_NAME
        added = merge_inventory(base, newer, merged)
        locations.append(str(merged))
        logger.info(
            "motw: Python references from %s (%s) and %d names added since",
            base,
            ".".join(map(str, inventory_version(base))),
            added,
        )
        # A new inventory rewrites every page (a change of this value does).
        config.motw_python_references = hashlib.sha256(merged.read_bytes()).hexdigest()
    if not locations:
        config.motw_python_references = "none"
        say_missing(app)
        return
    config.intersphinx_mapping["python"] = (config.motw_python_docs_url, tuple(locations))


def say_missing(app: Sphinx, exception: Exception | None = None) -> None:
    """Without an inventory, say so when the build starts and as its last word."""
    if app.config.motw_python_references != "none" or exception is not None:
        return
    root = Path(app.confdir)
    looked = ", ".join(str(root / pattern) for pattern in app.config.motw_python_inventories)
    logger.info(MISSING.format(looked or "nothing"), color="red")


def documented_name(location: str | None, written: str, inventory) -> str | None:
    """The name under which the documentation knows what a script's name resolved to.

    sphinx-codeautolink resolves a name by importing it, which may give a
    submodule's name (``asyncio.taskgroups.TaskGroup``) where the
    documentation has the package's (``asyncio.TaskGroup``), or nothing,
    when the building Python lacks the name (``itertools.batched`` on
    3.11).  Then the name as the script wrote it, or the resolved one
    without one of its submodules, is taken if the inventory lists it.
    """
    if location is not None and location in inventory:
        return location
    if written in inventory:
        return written
    parts = (location or "").split(".")
    for cut in range(1, len(parts) - 1):
        shorter = ".".join(parts[:cut] + parts[cut + 1 :])
        if ".".join(parts[: cut + 1]) in sys.modules and shorter in inventory:
            return shorter
    return location


def resolve_documented_names() -> None:
    """Make sphinx-codeautolink's resolution end on :func:`documented_name`."""
    from sphinx_codeautolink import extension
    from sphinx_codeautolink.extension.resolve import CouldNotResolve

    resolve = extension.resolve_location
    if getattr(resolve, "motw_documented", False):
        return

    def resolve_location(chain, inventory):
        written = ".".join(chain.import_components)
        try:
            location = resolve(chain, inventory)
        except CouldNotResolve:
            if written not in inventory:
                raise
            return written
        return documented_name(location, written, inventory)

    resolve_location.motw_documented = True  # type: ignore[attr-defined]
    extension.resolve_location = resolve_location


def setup(app: Sphinx) -> dict:
    app.setup_extension("sphinx.ext.intersphinx")
    app.setup_extension("sphinx_codeautolink")
    resolve_documented_names()
    app.add_config_value("motw_python_docs_url", DOCS_URL, "html", types=[str])
    app.add_config_value("motw_python_inventories", list(INVENTORIES), "", types=[list, tuple])
    app.add_config_value("motw_python_newer_names", str(NEWER_NAMES), "", types=[str])
    app.add_config_value("motw_python_inventory_live", False, "", types=[bool])
    app.add_config_value("motw_python_references", "", "html", types=[str])
    # Before intersphinx checks its mapping (priority 800).
    app.connect("config-inited", configure_intersphinx, priority=400)
    app.connect("build-finished", say_missing)
    return {
        "version": __version__,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
