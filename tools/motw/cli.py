"""``python -m motw``: the cog pass and its check, for people and make."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .freshness import all_unchanged
from .layout import display_path, read_pages
from .report import Progress
from .snapshot import FILE_DIGESTS, FileDigests

# The pass itself (cogapp, threads, subprocesses) is imported only when a
# page has changed: an unchanged site is checked from the lock files alone.

DEFAULT_CACHE = Path(".cache") / "transcripts"


def default_jobs() -> int:
    # Many examples mostly sleep, so run more of them than there are cores.
    return max(4, 2 * (os.cpu_count() or 1))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m motw",
        description="Regenerate (or check) the console transcripts in chapter pages.",
    )
    sub = p.add_subparsers(dest="command", required=True)
    for name, text in (
        ("cog", "run the scripts and rewrite the transcripts in place"),
        ("check", "fail if any transcript may be stale; change nothing"),
    ):
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument(
            "paths",
            nargs="*",
            default=["docs"],
            help="pages or folders of pages (default: docs)",
        )
        command.add_argument(
            "-j",
            "--jobs",
            type=int,
            default=default_jobs(),
            help="scripts run at once (default: %(default)s)",
        )
        command.add_argument(
            "--cache-dir",
            type=Path,
            default=Path(os.environ.get("MOTW_CACHE_DIR", DEFAULT_CACHE)),
            help="where results are cached (default: %(default)s)",
        )
        command.add_argument("-q", "--quiet", action="store_true", help="report only problems")
        if name == "cog":
            command.add_argument(
                "--force", action="store_true", help="ignore the cache: run every script"
            )
        else:
            command.add_argument(
                "--full",
                action="store_true",
                help="run every script in a scratch space and diff (slow, thorough)",
            )
            command.add_argument(
                "--no-diff",
                action="store_true",
                help="only say which transcripts may be stale; run nothing at all",
            )
    text = "start a chapter: its page, its first script, its toctree entry"
    command = sub.add_parser("new-chapter", help=text, description=text)
    command.add_argument("name", help="the module the chapter teaches, e.g. contextvars")
    command.add_argument(
        "--title", help="the chapter title after 'name ---' (default: a TODO placeholder)"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "new-chapter":
        from . import scaffold

        return scaffold.main(args)
    if args.jobs < 1:
        parser().error("--jobs must be at least 1")
    progress = Progress(quiet=args.quiet)
    try:
        pages = read_pages(args.paths)
        if args.command == "cog":
            return cog(args, pages, progress)
        return check(args, pages, progress)
    except KeyboardInterrupt:
        progress.error("interrupted: every page is as it was or fully rewritten")
        return 130
    except FileNotFoundError as error:
        progress.error(str(error))
        return 1


def unchanged(args, pages: list[tuple[Path, str]]) -> dict[Path, int] | None:
    """Transcript counts if every page is as generated: the light path."""
    files = FileDigests(args.cache_dir / FILE_DIGESTS)
    counts = all_unchanged(pages, files)
    files.save()
    return counts


def cog(args, pages, progress: Progress) -> int:
    counts = None if args.force else unchanged(args, pages)
    if counts is not None:
        for path, count in counts.items():
            progress.cached(display_path(path), count)
        progress.planned(0)
        progress.summary(len(pages), [])
        return 0
    from .cache import ExecutionCache
    from .cogpass import CogPass

    cogpass = CogPass(ExecutionCache(args.cache_dir), args.jobs, progress, force=args.force)
    planned = cogpass.plan(path for path, _ in pages)
    outcome = cogpass.run(planned)
    for error in outcome.errors:
        progress.error(str(error))
    progress.summary(len(planned), [page.name for page, _ in outcome.changed])
    if outcome.errors:
        progress.error(
            f"{len(outcome.errors)} problem(s); the pages with problems were left unchanged"
        )
        return 1
    return 0


def check(args, pages, progress: Progress) -> int:
    """Deciding staleness runs nothing; showing the diff runs the stale pages'
    scripts (through the cache), unless --no-diff."""
    started = time.monotonic()
    counts = None if args.full else unchanged(args, pages)
    paths = [path for path, _ in pages]
    if counts is not None:
        progress.say(
            f"cog-check: {sum(counts.values())} transcript(s) in {len(paths)} page(s) "
            f"are fresh ({time.monotonic() - started:.2f} s, nothing run)"
        )
        return 0
    from .cache import ExecutionCache
    from .cogpass import CogPass, unified_diff

    if args.full:
        checker = CogPass(ExecutionCache(None), args.jobs, progress, force=True)
        suspects = checker.plan(paths)  # everything, run afresh
    else:
        checker = CogPass(ExecutionCache(args.cache_dir), args.jobs, progress)
        planned = checker.plan(paths)
        suspects = []
        for page in planned:
            reasons = checker.stale(page)
            if reasons:
                suspects.append(page)
                for reason in reasons:
                    progress.error(f"may be stale: {reason}")
        if not suspects:
            count = sum(page.transcripts for page in planned)
            progress.say(
                f"cog-check: {count} transcript(s) in {len(planned)} page(s) are fresh "
                f"({time.monotonic() - started:.2f} s, nothing run)"
            )
            return 0
        if args.no_diff:
            progress.error("transcripts may be stale: run 'make cog', review, and commit")
            return 1
    outcome = checker.run(suspects, write=False)
    for page, new_text in outcome.changed:
        sys.stdout.write(unified_diff(page, new_text))
    for error in outcome.errors:
        progress.error(str(error))
    stale = [page.name for page, _ in outcome.changed]
    progress.summary(len(suspects), stale, verb="would rewrite")
    if outcome.errors or stale or not args.full:
        progress.error(
            "transcripts are stale: run 'make cog', review the diff, and commit"
            if not outcome.errors
            else "the check found problems (above)"
        )
        return 1
    return 0
