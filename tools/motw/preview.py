"""``python -m motw.preview``: the live preview behind ``make serve``.

``serve`` starts sphinx-autobuild on 127.0.0.1.  It watches ``docs/``,
``source_examples/`` and ``conf.py``; before each build it runs
``python -m motw.preview sync``, which brings the transcripts up to date
for what was saved since the last build, and only that:

* a saved script (or a data file or helper module beside it) re-runs
  the cog pass on the pages whose cog blocks use it; the execution
  cache makes the page's other scripts free;
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

import argparse
import hashlib
import json
import os
import shlex
import sys
from pathlib import Path

from . import cli
from .atomic import atomic_write
from .cache import ExecutionCache
from .cogpass import BEGIN_MARKER, CogPass, Page, find_pages, plan_page
from .inputs import FolderSnapshot
from .layout import DOCS_DIR, EXAMPLES_DIR, example_dir_for
from .report import Progress

STATE_DIR = Path(".cache") / "preview"
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
    r"/__pycache__/",
    r"\.pyc$",
]


def state_path(port: int) -> Path:
    return STATE_DIR / f"sources-{port}.json"


def _hidden(path: Path) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in path.parts)


def snapshot(root: Path = Path(".")) -> dict[str, str]:
    """Digests of the sources a preview watches, by path from *root*."""
    digests = {}
    for top, pattern in ((DOCS_DIR, "*.rst"), (EXAMPLES_DIR, "*")):
        for path in sorted((root / top).rglob(pattern)):
            relative = path.relative_to(root)
            if path.is_file() and not _hidden(relative) and path.suffix != ".pyc":
                digests[relative.as_posix()] = _digest(path)
    return digests


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:20]
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


def pages_using(example_files: list[str], pages: list[Path], root: Path) -> list[Path]:
    """The pages among *pages* whose cog blocks run or read *example_files*.

    A page runs scripts from its example folder; a file counts when a
    command names it, or when it is one of the files such a run depends
    on (data files, helper modules it imports: as the cache sees them).
    """
    wanted = [(root / name).resolve() for name in example_files]
    found = []
    for page in pages:
        folder = example_dir_for(page).resolve()
        mine = [path for path in wanted if folder in path.parents]
        if not mine:
            continue
        planned = plan_page(page)
        snapshot = FolderSnapshot(folder)
        relative = {path.relative_to(folder).as_posix() for path in mine}
        for request in planned.requests:
            used = set(request.named_files) | set(snapshot.related(request.named_files))
            if used & relative:
                found.append(page)
                break
    return found


def stale_pages(page_files: list[str], root: Path) -> list[Path]:
    """The saved pages among *page_files* whose transcripts are not current."""
    checker = CogPass(ExecutionCache(None), 1, Progress(quiet=True))
    found = []
    for name in page_files:
        path = root / name
        if not path.is_file() or BEGIN_MARKER not in path.read_text("utf-8", "replace"):
            continue
        page: Page = plan_page(path)
        if page.error or checker.stale(page):
            found.append(path)
    return found


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
        users = pages_using(examples, find_pages([root / DOCS_DIR]), root)
        if not users:
            print(f"preview: no transcript uses {', '.join(examples)}", flush=True)
        to_cog += users
    to_cog += stale_pages(saved_pages, root)
    to_cog = list(dict.fromkeys(to_cog))
    status = 0
    if to_cog:
        shown = ", ".join(os.path.relpath(page, root) for page in to_cog)
        print(f"preview: re-running the cog pass on {shown}", flush=True)
        status = cli.main(["cog", *map(str, to_cog)])
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
    sync_command = shlex.join([sys.executable, "-m", "motw.preview", "sync", "--state", str(state)])
    command = [
        sys.executable, "-m", "sphinx_autobuild",
        "--host", host,
        "--port", str(port),
        "--watch", EXAMPLES_DIR,
        "--watch", "conf.py",
        "--pre-build", sync_command,
    ]
    for pattern in IGNORED:
        command += ["--re-ignore", pattern]
    return [*command, "-c", ".", DOCS_DIR, str(out), *sphinx_options]


def serve(args: argparse.Namespace) -> int:
    if host_is_public(args.host):
        print(
            f"error: refusing to serve on {args.host}: the preview is for this "
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
    state = Path(args.state) if args.state else state_path(args.port)
    save_state(state, snapshot())
    note_stale_pages()
    command = serve_command(args.host, args.port, Path(args.out), state, args.sphinx_options)
    print(f"preview: http://{args.host}:{args.port}/ (Ctrl+C stops it)", flush=True)
    os.execv(command[0], command)
    return 0  # not reached


def host_is_public(host: str) -> bool:
    return host not in {"127.0.0.1", "localhost", "::1"} and not host.startswith("127.")


def note_stale_pages() -> None:
    """Say which pages were stale before the preview started (runs nothing)."""
    checker = CogPass(ExecutionCache(None), 1, Progress(quiet=True))
    stale = [
        page.name
        for page in map(plan_page, find_pages([DOCS_DIR]))
        if page.error or checker.stale(page)
    ]
    if stale:
        print(
            f"preview: {len(stale)} page(s) may have stale transcripts until their "
            f"scripts are saved or 'make cog' runs: {', '.join(stale)}",
            flush=True,
        )


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m motw.preview",
        description="Live preview of the site: sphinx-autobuild plus the cog pass.",
    )
    sub = p.add_subparsers(dest="command", required=True)
    serve_p = sub.add_parser("serve", help="serve the site and rebuild on every save")
    serve_p.add_argument("--host", default=DEFAULT_HOST, help="default: %(default)s")
    serve_p.add_argument("--port", type=int, default=DEFAULT_PORT, help="default: %(default)s")
    serve_p.add_argument("--out", default=str(DEFAULT_OUT), help="default: %(default)s")
    serve_p.add_argument("--state", help="the state file (default: one per port)")
    serve_p.add_argument(
        "sphinx_options", nargs=argparse.REMAINDER,
        help="options for sphinx-build, after --",
    )
    sync_p = sub.add_parser(
        "sync", help="cog what was saved since the last sync (sphinx-autobuild's pre-build)"
    )
    sync_p.add_argument("--state", default=str(state_path(DEFAULT_PORT)))
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "sync":
        return sync(Path(args.state))
    if args.sphinx_options[:1] == ["--"]:
        args.sphinx_options = args.sphinx_options[1:]
    return serve(args)


if __name__ == "__main__":
    sys.exit(main())
