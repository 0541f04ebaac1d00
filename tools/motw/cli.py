"""``motw``: the one command line, for people, make and CI.

Subcommands: ``cog`` and ``check`` (the cog pass), ``prove-browser``
(the examples under Pyodide), ``new-chapter``,
``serve`` (live preview), ``lint-headers`` and ``lint-rst``, ``provision``
(Pythons from Debian's archive), ``envs`` (the examples' environment per
Python) and ``pythons`` (what was found).
Each parses its arguments here and calls one function of its layer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__


def _pass_arguments(command: argparse.ArgumentParser) -> None:
    from .cogpass.commands import default_jobs
    from .project import cache_folder

    command.add_argument(
        "paths",
        nargs="*",
        type=Path,
        default=[Path("docs")],
        help="pages or folders of pages (default: docs)",
    )
    command.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=default_jobs(),
        help="runs at once (default: %(default)s)",
    )
    command.add_argument(
        "--cache-dir",
        type=Path,
        default=cache_folder(),
        help="where results are cached (default: %(default)s)",
    )
    command.add_argument("-q", "--quiet", action="store_true", help="report only problems")
    command.add_argument(
        "--json", type=Path, metavar="FILE", help="also write a machine-readable report to FILE"
    )


def _pass_commands(sub) -> None:
    """``cog`` and ``check``: the cog pass."""
    cog = sub.add_parser("cog", help="run the scripts and rewrite stale transcripts in place")
    _pass_arguments(cog)
    cog.add_argument("--force", action="store_true", help="ignore the cache: run every script")

    check = sub.add_parser("check", help="fail if any transcript may be stale; change nothing")
    _pass_arguments(check)
    check.add_argument(
        "--full",
        action="store_true",
        help="run every script afresh in scratch space and diff (slow, thorough)",
    )
    check.add_argument(
        "--no-diff",
        action="store_true",
        help="only say which transcripts may be stale; run nothing at all",
    )


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="motw",
        description="Module of the Week: generated transcripts, checked and previewed.",
    )
    p.add_argument("--version", action="version", version=f"motw {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    _pass_commands(sub)

    chapter = sub.add_parser(
        "new-chapter", help="start a chapter: its page, its first script, its toctree entry"
    )
    chapter.add_argument("name", help="the module the chapter teaches, e.g. contextvars")
    chapter.add_argument("--title", help="the title after 'name ---' (default: a TODO)")

    serve = sub.add_parser("serve", help="live preview: rebuild and re-cog on every save")
    serve.add_argument("--host", default="127.0.0.1", help="default: %(default)s")
    serve.add_argument("--port", type=int, default=8000, help="default: %(default)s")
    serve.add_argument("--out", default=str(Path("build") / "preview"), help="default: %(default)s")
    serve.add_argument("--state", help="the state file (default: one per port)")
    serve.add_argument(
        "sphinx_options", nargs=argparse.REMAINDER, help="options for sphinx-build, after --"
    )
    sync = sub.add_parser("sync", help="cog what was saved since the last sync (used by serve)")
    sync.add_argument("--state", required=True)

    headers = sub.add_parser("lint-headers", help="check the standard header of example scripts")
    headers.add_argument("paths", nargs="*", default=["source_examples"])
    rst = sub.add_parser("lint-rst", help="sphinx-lint the pages, skipping transcripts")
    rst.add_argument("paths", nargs="*", default=["docs"])
    rst.add_argument("-d", "--disable", action="append", default=[], help="a check to skip")

    prov = sub.add_parser(
        "provision", help="unpack the configured Pythons that Debian's archive carries"
    )
    prov.add_argument("--refresh", action="store_true", help="ask the archive for newer releases")
    prov.add_argument(
        "--required", action="store_true", help="fail when provisioning cannot work (CI)"
    )
    envs = sub.add_parser("envs", help="create .venvs/<version>, the examples' environments")
    envs.add_argument("--missing-ok", action="store_true", help="skip Pythons not installed")
    sub.add_parser("pythons", help="show the configured Pythons and where they were found")
    proof = sub.add_parser(
        "prove-browser", help="run every example under Pyodide and label it for the Run buttons"
    )
    _pass_arguments(proof)
    proof.add_argument(
        "--check", action="store_true", help="fail if a record is stale; run nothing"
    )
    proof.add_argument("--required", action="store_true", help="fail when Pyodide is missing (CI)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    command = args.command
    if command in ("cog", "check"):
        return _pass(args)
    if command == "prove-browser":
        from .cogpass import browserproof

        return browserproof.report(
            args.paths, Path.cwd(), args.cache_dir, args.jobs, args.check, args.required
        )
    if command == "new-chapter":
        from .authoring import scaffold

        return scaffold.run(Path.cwd(), args.name, args.title)
    if command == "serve":
        from .authoring import preview

        options = (
            args.sphinx_options[1:] if args.sphinx_options[:1] == ["--"] else args.sphinx_options
        )
        return preview.serve(args.host, args.port, Path(args.out), args.state, options)
    if command == "sync":
        from .authoring import preview

        return preview.sync(Path(args.state))
    if command == "lint-headers":
        from .authoring import headers

        return headers.report(args.paths)
    if command == "lint-rst":
        from .authoring import rstlint

        disabled = [name for value in args.disable for name in value.split(",") if name]
        return rstlint.report(args.paths, disabled)
    from .setup import envs, pythons

    if command == "provision":
        return pythons.provision(Path.cwd(), refresh=args.refresh, required=args.required)
    if command == "envs":
        return envs.create(Path.cwd(), missing_ok=args.missing_ok)
    return pythons.show(Path.cwd())


def _pass(args: argparse.Namespace) -> int:
    from .cogpass.commands import Settings, check, update
    from .cogpass.report import Progress
    from .errors import MotwError

    if args.jobs < 1:
        parser().error("--jobs must be at least 1")
    progress = Progress(args.command, quiet=args.quiet)
    settings = Settings(
        paths=tuple(args.paths),
        jobs=args.jobs,
        cache_dir=args.cache_dir,
        force=getattr(args, "force", False),
        full=getattr(args, "full", False),
        diff=not getattr(args, "no_diff", False),
        root=Path.cwd(),
    )
    try:
        status = (update if args.command == "cog" else check)(settings, progress)
    except KeyboardInterrupt:
        progress.error("interrupted: every page is as it was or fully rewritten")
        status = 130
    except (MotwError, FileNotFoundError) as error:
        progress.error(str(error))
        status = 1
    progress.summary.status = status
    if args.json:
        progress.summary.write(args.json)
    return status


if __name__ == "__main__":
    sys.exit(main())
