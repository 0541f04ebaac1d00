"""``motw provision`` and ``motw pythons``: the configured Pythons, brought and shown.

``make`` provisions every configured line that Debian's archive carries
(:mod:`motw.engine.provision`), so that every machine that reaches the
archive runs the examples on the same releases; a line named by
``$MOTW_PYTHON_3_X`` is left to that interpreter, and
``MOTW_PROVISION=no`` turns provisioning off for Pythons that come from
elsewhere.  Where provisioning cannot work, the message says why; the
pass then keeps the recorded transcripts of a Python it cannot find.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..config import load
from ..engine import provision as debian
from ..engine.interpreters import Interpreters, override_variable
from ..errors import ProvisionError

OFF = ("0", "no", "false", "off")


def provision(root: Path, refresh: bool = False, required: bool = False) -> int:
    """Provision the configured lines; 0 unless it failed and was *required*."""
    config = load(root)
    if os.environ.get("MOTW_PROVISION", "").lower() in OFF:
        print("provision: off (MOTW_PROVISION)", file=sys.stderr)
        return 0
    lines = [v for v in config.pythons if not os.environ.get(override_variable(v))]
    if not lines:
        return 0
    try:
        tree = debian.provision(lines, refresh=refresh)
    except ProvisionError as error:
        print(f"{'error' if required else 'skipped'}: {error.message}", file=sys.stderr)
        if not required:
            print(
                "  the pass keeps the recorded transcripts of any Python it cannot find",
                file=sys.stderr,
            )
        return 1 if required else 0
    found = ", ".join(f"{v} ({tree.pythons[v]})" for v in lines if v in tree.pythons)
    print(f"provision: {found} in {tree.root}", file=sys.stderr)
    return 0


def show(root: Path) -> int:
    """One line per configured Python: what wins, from where, over what."""
    config = load(root)
    finder = Interpreters(root)
    for number, version in enumerate(config.pythons):
        found = finder.find(version)
        role = "primary" if number == 0 else "checked"
        if found is None:
            print(f"{version} ({role}): NOT FOUND")
            continue
        line = f"{version} ({role}): {found.display} at {found.executable} [{found.source}]"
        if found.passed_over:
            line += f"; newer than {', '.join(found.passed_over)}"
        print(line + (f"; {found.note}" if found.note else ""))
    return 0 if all(finder.find(v) for v in config.pythons) else 1
