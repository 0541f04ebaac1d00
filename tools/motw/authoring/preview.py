"""``motw serve``: the live preview behind ``make serve``.

``serve`` starts sphinx-autobuild on 127.0.0.1.  It watches ``docs/``,
``source_examples/`` and ``conf.py``; before each build it runs
``motw sync``, which brings the transcripts up to date
for what was saved since the last build, and only that:

* a saved file of an example folder (a script, a helper module, a data
  file) re-runs the cog pass on the pages whose runs could see it, as
  their lock records say: a run that opened it or listed its folder, or
  one the tracer could not follow (a page without records counts too);
  a file no run could see re-runs nothing.  The cache of ``motw cog``
  (``$MOTW_CACHE_DIR`` too) makes the page's other scripts free;
* a saved page is cogged only when its transcripts are stale (a new or
  changed cog block), else Sphinx simply rebuilds it.

Then Sphinx rebuilds and the browser reloads.  A page rewritten by the
cog pass is seen by the watcher and builds once more, but that build's
``sync`` finds nothing new (the state file already holds the rewritten
page, and the pass is idempotent), so it writes nothing and saving never
loops.  What was saved is told apart by the digests of the sources,
kept in a state file under ``.cache/preview/``.
"""

from __future__ import annotations

import json
import os
import shlex
import sys
from pathlib import Path

from ..atomic import atomic_write
from ..cogpass.commands import Settings, stale_pages, update
from ..cogpass.report import Progress
from ..cogpass.staleness import users_of
from ..digests import digest
from ..project import DOCS_DIR, EXAMPLES_DIR, STATE_DIR, cache_folder, find_pages, walk

PREVIEW_STATE = STATE_DIR / "preview"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_OUT = Path("build") / "preview"

# Files that change while nobody saves a source: never a reason to build.
IGNORED = [
    r"/\.[^/]+$",  # hidden files: editor swap files, atomic-write temporaries
    r"~$",  # editor backups
    r"/4913$",  # vim's probe that a folder is writable
    r"___jb_\w+___$",  # JetBrains' safe-write temporaries
    r"/transcripts\.lock$",  # written by the cog pass with the page
    r"\.versions\.txt$",  # likewise, and not read by Sphinx
    r"/__pycache__/",
    r"\.pyc$",
]


def state_path(port: int) -> Path:
    return PREVIEW_STATE / f"sources-{port}.json"


def cache_dir(root: Path) -> Path:
    """The cache of ``motw cog`` (``$MOTW_CACHE_DIR`` too): the preview's
    passes share its results, and its lock that keeps passes apart."""
    folder = cache_folder(root)
    assert folder is not None
    return folder


def snapshot(root: Path = Path(".")) -> dict[str, str]:
    """Digests of the sources a preview watches, by path from *root*."""
    digests = {}
    for top, suffix in ((DOCS_DIR, ".rst"), (EXAMPLES_DIR, "")):
        for name in walk(root / top, suffix):
            digests[f"{top}/{name}"] = _digest(root / top / name)
    return digests


def _digest(path: Path) -> str:
    try:
        return digest(path.read_bytes())
    except OSError:
        return ""


def load_state(path: Path) -> dict[str, str] | None:
    try:
        return dict(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def save_state(path: Path, digests: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(digests, indent=0, sort_keys=True) + "\n")


def changed_files(before: dict[str, str], now: dict[str, str]) -> list[str]:
    return sorted(name for name in before.keys() | now.keys() if before.get(name) != now.get(name))


def sync(state: Path, root: Path = Path(".")) -> int:
    """Cog what was saved since the last call; remember what is seen now."""
    before = load_state(state)
    now = snapshot(root)
    if before is None:
        save_state(state, now)
        print(f"preview: watching {len(now)} source file(s)", flush=True)
        return 0
    changed = changed_files(before, now)
    examples = [name for name in changed if name.startswith(f"{EXAMPLES_DIR}/")]
    saved_pages = [name for name in changed if name.startswith(f"{DOCS_DIR}/")]
    to_cog: list[Path] = []
    if examples:
        users = users_of(examples, find_pages([root / DOCS_DIR]), root)
        if not users:
            print(f"preview: no transcript uses {', '.join(examples)}", flush=True)
        to_cog += users
    to_cog += stale_pages([root / name for name in saved_pages], root, cache_dir(root))
    to_cog = list(dict.fromkeys(to_cog))
    status = 0
    if to_cog:
        shown = ", ".join(os.path.relpath(page, root) for page in to_cog)
        print(f"preview: re-running the cog pass on {shown}", flush=True)
        settings = Settings(paths=tuple(to_cog), cache_dir=cache_dir(root), root=root)
        status = update(settings, Progress("cog"))
        for page in to_cog:  # rewritten by the pass: not a new save
            name = page.resolve().relative_to(root.resolve()).as_posix()
            now[name] = _digest(page)
    save_state(state, now)
    if status:
        print(
            "preview: the cog pass failed (above); the page shows its last good "
            "transcripts until the script is fixed and saved",
            flush=True,
        )
    return 0  # Sphinx still builds: a page edit must show even then


def serve_command(
    host: str, port: int, out: Path, state: Path, sphinx_options: list[str]
) -> list[str]:
    """The sphinx-autobuild command line of the preview."""
    sync_command = shlex.join([sys.executable, "-m", "motw", "sync", "--state", str(state)])
    command = [sys.executable, "-m", "sphinx_autobuild", "--host", host, "--port", str(port)]
    command += ["--watch", EXAMPLES_DIR, "--watch", "conf.py", "--pre-build", sync_command]
    for pattern in IGNORED:
        command += ["--re-ignore", pattern]
    return [*command, "-c", ".", DOCS_DIR, str(out), *sphinx_options]


def serve(
    host: str, port: int, out: Path, state_file: str | None, sphinx_options: list[str]
) -> int:
    if host_is_public(host):
        print(
            f"error: refusing to serve on {host}: the preview is for this "
            "machine only (use 127.0.0.1 or localhost)",
            file=sys.stderr,
        )
        return 2
    try:
        import sphinx_autobuild  # noqa: F401
    except ImportError:
        print(
            "error: sphinx-autobuild is not installed; run 'make venv' "
            "(it is in the test extra of pyproject.toml)",
            file=sys.stderr,
        )
        return 1
    state = Path(state_file) if state_file else state_path(port)
    save_state(state, snapshot())
    note_stale_pages()
    command = serve_command(host, port, out, state, sphinx_options)
    print(f"preview: http://{host}:{port}/ (Ctrl+C stops it)", flush=True)
    os.execv(command[0], command)
    return 0  # not reached


def host_is_public(host: str) -> bool:
    return host not in {"127.0.0.1", "localhost", "::1"} and not host.startswith("127.")


def note_stale_pages(root: Path = Path(".")) -> None:
    """Say which pages were stale before the preview started (runs nothing)."""
    stale = stale_pages(find_pages([root / DOCS_DIR]), root, cache_dir(root))
    if stale:
        names = ", ".join(os.path.relpath(page, root) for page in stale)
        print(
            f"preview: {len(stale)} page(s) may have stale transcripts until their "
            f"scripts are saved or 'make cog' runs: {names}",
            flush=True,
        )
