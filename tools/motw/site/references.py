"""Links to the Python documentation, resolved without the network.

Every Python cross-reference of the prose (``:mod:``, ``:func:``,
``:class:``, ``:meth:``...) and every standard-library name in a shown
script (sphinx-codeautolink) links to https://docs.python.org/3/.
Intersphinx resolves them from the Python documentation's
``objects.inv``, read from a local file, the newest Python's found of:

- the ``python3.X-doc`` package of the primary Python, which ``make``
  provisions from Debian's archive with the interpreters
  (:mod:`motw.engine.provision`);
- Debian's ``python3.X-doc`` installed on the machine
  (``/usr/share/doc/python3.X/html/objects.inv``).

The primary's inventory names everything the chapters use, new names
included.  With none found the site is built all the same, without
these links, and the build says so.  With ``motw_python_inventory_live``
(set in conf.py on Read the Docs, which has network) intersphinx reads
the live inventory instead.

``extensions = ["motw.site.references"]`` (it sets up intersphinx and
sphinx-codeautolink).
"""

from __future__ import annotations

import glob
import hashlib
import re
import sys
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

from .. import __version__
from ..engine import provision

logger = logging.getLogger(__name__)

DOCS_URL = "https://docs.python.org/3/"
# Where the inventory may be besides the provisioned trees.
INVENTORIES = ("/usr/share/doc/python3*/html/objects.inv",)
HEADER_LINES = 4  # before the zlib-compressed body (Sphinx inventory version 2)
MISSING = (
    "motw: no objects.inv of the Python documentation (looked for {}): "
    "Python names stay plain text.  Run `make` (it provisions the primary "
    "Python's documentation with the interpreters) or install Debian's "
    "python3.X-doc to get the links to docs.python.org."
)


def inventory_version(path: Path) -> tuple[int, ...]:
    """The Python version an inventory describes (its ``# Version:`` line)."""
    with path.open("rb") as file:
        head = [file.readline() for _ in range(HEADER_LINES)]
    match = re.match(rb"# Version: (\d+)\.(\d+)", head[2])
    if not head[0].startswith(b"# Sphinx inventory version 2") or not match:
        return ()
    return (int(match[1]), int(match[2]))


def inventory_patterns(configured: list[str]) -> list[str]:
    """Where to look: the provisioned trees' documentation, then *configured*."""
    provisioned = [str(path) for tree in provision.trees() for path in tree.inventories()]
    return provisioned + list(configured)


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


def configure_intersphinx(app: Sphinx, config: Config) -> None:
    """Map ``python`` to docs.python.org, with the local inventory as its location."""
    if "python" in config.intersphinx_mapping:
        return  # conf.py says where it is
    root = Path(app.confdir)
    base = find_inventory(inventory_patterns(config.motw_python_inventories), root)
    locations: list[str | None] = [None] if config.motw_python_inventory_live else []
    if base is not None:
        locations.append(str(base))
        logger.info(
            "motw: Python references from %s (%s)",
            base,
            ".".join(map(str, inventory_version(base))),
        )
        # A new inventory rewrites every page (a change of this value does).
        config.motw_python_references = hashlib.sha256(base.read_bytes()).hexdigest()
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
    patterns = inventory_patterns(app.config.motw_python_inventories)
    looked = ", ".join(str(root / pattern) for pattern in patterns)
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
