"""The browser proof: does each example print its transcript under Pyodide?

``motw prove-browser`` (run by ``make``) runs every page session under
Pyodide in Node (:mod:`motw.engine.pyodide`), in page order, in a copy of
the example folder, and compares each block's text with its transcript
on the CPython Pyodide is (3.14: the sidecar's text, or the page's when
the sidecar says ``same``), after the same cleanups.  Each run is
labelled:

- ``same``: the block prints exactly its transcript;
- ``differs``: it runs, and prints something else (the diff is kept);
- ``cannot run``: it fails under Pyodide where CPython does not, does
  not finish, or is no plain ``python3 script.py`` run.  The reason is
  read from the failure (a thread, a subprocess, a socket...): running
  is the proof, where a static look at imports would both miss and
  wrongly flag (``threading.Lock`` works, ``Thread.start`` does not).

The labels go to ``browser.lock`` beside the chapter's
``transcripts.lock`` (a file of its own: another step, other inputs;
the transcripts' lock and its schema stay as they are).  A page's record
names the digest of what its runs depend on (Pyodide's version, the
example folder's files, the runs, the runner) and of the transcripts it
was compared with: a changed input makes the record stale, which
``motw prove-browser --check`` (and ``motw check``) reports.  The runs'
results are cached by the first digest, so a warm build spawns nothing,
and a changed transcript is compared again without running anything.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import os
import re
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..atomic import atomic_write
from ..digests import digest
from ..engine.process import OUTPUT_LIMIT
from ..engine.pyodide import BrowserRun, Pyodide, SessionJob, run_session
from ..engine.transcript import Request, text_of
from ..errors import LockFileError
from ..project import cog_outputs, display_path, example_dir_for, ignored, read_pages, walk
from . import sidecar
from .pages import Page, read, splice

LOCK = "browser.lock"
SCHEMA = 1
REVISION = 3  # of the labelling rules: bump it to label every record again
SAME, DIFFERS, CANNOT = "same", "differs", "cannot run"
LABELS = (SAME, DIFFERS, CANNOT)
ABOUT = (
    "What each example prints under Pyodide in a browser, compared with its "
    "transcript. Written by 'motw prove-browser', read by the site. Do not edit."
)
WORKDIR = "/home/pyodide"
# What a failure under Pyodide says, and what it means for a reader.
REASONS = (
    ("can't start new thread", "it starts threads, which the browser's Python cannot"),
    ("_multiprocessing", "it starts processes, which the browser's Python cannot"),
    ("multiprocessing", "it starts processes, which the browser's Python cannot"),
    ("subprocess", "it starts other programs, which the browser's Python cannot"),
    ("socket", "it uses network sockets, which the browser's Python cannot"),
    ("signal", "it uses signals, which the browser's Python cannot"),
    ("stack switching", "it needs WebAssembly stack switching"),
)
SHELL = re.compile(r"[|<>;&`$]")


@dataclasses.dataclass(frozen=True)
class Example:
    """One run of a page, as the browser proof labels it."""

    run: int  # the run's index in the page session
    line: int  # its block's first line
    script: str  # the script it runs ("" for a command that is none)
    argv: tuple[str, ...]  # () when it is no plain script run (not run at all)
    label: str
    reason: str = ""  # for CANNOT
    diff: str = ""  # for DIFFERS: the transcript against the browser's text

    def to_json(self) -> dict:
        return {
            "run": self.run,
            "line": self.line,
            "script": self.script,
            "argv": list(self.argv),
            "label": self.label,
            "reason": self.reason,
            "diff": self.diff,
        }

    @classmethod
    def from_json(cls, data: Mapping) -> Example:
        return cls(
            int(data["run"]),
            int(data["line"]),
            str(data["script"]),
            tuple(data["argv"]),
            str(data["label"]),
            str(data.get("reason", "")),
            str(data.get("diff", "")),
        )


@dataclasses.dataclass(frozen=True)
class PageProof:
    session: str  # digest of what the runs depend on (their cache key)
    expected: str  # digest of the transcripts compared with
    examples: tuple[Example, ...]

    def to_json(self) -> dict:
        return {
            "session": self.session,
            "expected": self.expected,
            "examples": [example.to_json() for example in self.examples],
        }

    @classmethod
    def from_json(cls, data: Mapping) -> PageProof:
        examples = tuple(Example.from_json(e) for e in data["examples"])
        return cls(str(data["session"]), str(data["expected"]), examples)


def read_lock(folder: Path) -> tuple[dict, dict[str, PageProof]]:
    """The runtime and the page records of *folder*'s ``browser.lock``
    (empty when there is none); a clear error when it cannot be read."""
    path = folder / LOCK
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}, {}
    except (OSError, ValueError) as error:
        raise LockFileError(f"cannot read it: {error}", display_path(path)) from error
    try:
        if data.get("schema") != SCHEMA:
            raise LockFileError(
                f"written with schema {data.get('schema')}, this version reads {SCHEMA}: "
                "'motw prove-browser' rewrites it",
                display_path(path),
            )
        pages = {name: PageProof.from_json(page) for name, page in data["pages"].items()}
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise LockFileError(
            f"not a browser lock this version can read ({error}); 'motw prove-browser' rewrites it",
            display_path(path),
        ) from error
    return dict(data.get("runtime", {})), pages


def write_lock(folder: Path, runtime: Mapping, pages: Mapping[str, PageProof]) -> bool:
    """Write *folder*'s ``browser.lock`` if it changes; return whether it did."""
    path = folder / LOCK
    if not pages:
        existed = path.exists()
        path.unlink(missing_ok=True)
        return existed
    data = {
        "about": ABOUT,
        "schema": SCHEMA,
        "runtime": dict(runtime),
        "pages": {name: pages[name].to_json() for name in sorted(pages)},
    }
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    try:
        if path.read_text("utf-8") == text:
            return False
    except OSError:
        pass
    atomic_write(path, text)
    return True


# What a page's session is --------------------------------------------------


def argv_of(request: Request, version: str) -> tuple[tuple[str, ...], str]:
    """The argv of *request* under Pyodide, or ``()`` and why there is none."""
    command = request.command
    if not request.options.runs_on(version):
        return (), f"it needs a newer Python than the browser's {version}"
    if not command.interpreter or not command.interpreter.startswith("python"):
        return (), "it is a shell command, not a Python script"
    words = command.words
    if not words or words[0].startswith("-") or not words[0].endswith(".py"):
        return (), "it runs the interpreter with options, not a plain script"
    if any(SHELL.search(word) for word in words) and not command.listed:
        return (), "it uses the shell"
    return tuple(words), ""


def folder_files(folder: Path) -> dict[str, bytes]:
    """The example folder's files, as a page session starts with them."""
    return {name: (folder / name).read_bytes() for name in walk(folder) if not ignored(name)}


def session_of(page: Page, version: str) -> tuple[SessionJob, list[str]]:
    """*page*'s runs under Pyodide, and why each that cannot run cannot."""
    folder = example_dir_for(page.path)
    runs, reasons = [], []
    for request in page.requests:
        argv, reason = argv_of(request, version)
        runs.append(argv)
        reasons.append(reason)
    runnable = [list(argv) for argv in runs if argv]
    return SessionJob(folder.name, folder_files(folder), runnable), reasons


def expected_blocks(page: Page, version: str) -> list[str | None]:
    """Each block's transcript on *version* (None: it has none there)."""
    versions = sidecar.read(page.path)
    texts: list[str | None] = []
    for number, block in enumerate(page.blocks):
        output = versions[number].outputs.get(version) if versions else None
        if output is None or output.kind == sidecar.SAME:
            texts.append(block.output)
        elif output.kind in (sidecar.DIFFERS, sidecar.FAILS):
            texts.append(output.text)
        else:
            texts.append(None)
    return texts


def block_texts(page: Page, texts: Sequence[str]) -> list[str]:
    """Each block's text when the page's requests print *texts*."""
    every = list(cog_outputs(page.text))
    found = cog_outputs(splice(page, texts))
    lines = list(found)
    return [found[lines[every.index(block.line)]] for block in page.blocks]


def shown(run: BrowserRun) -> str:
    """A run's output, said to be cut where it was, as the runner says it."""
    if run.cut:
        return run.output.rstrip("\n") + f"\n[output cut: more than {OUTPUT_LIMIT // 1024} KiB]\n"
    return run.output


def masked(output: str, folder: str) -> str:
    """Pyodide's paths as the runner shows CPython's: the working copy and
    the installation as ``...``."""
    output = output.replace(f"{WORKDIR}/{folder}", "...").replace(WORKDIR, "...")
    output = re.sub(r'(?<=")/lib/python', ".../lib/python", output)
    return re.sub(r"(?<=at )0x[0-9a-fA-F]{4,8}\b", "0x...", output)  # wasm32 addresses


def reason_of(run: BrowserRun, timeout: float) -> str:
    if not run.finished:
        return f"it did not finish within {timeout:g} s in the browser's Python"
    if run.status == -1:
        return "the browser's Python stopped with an internal error"
    text = run.output.lower()
    for clue, reason in REASONS:
        if clue in text:
            return reason
    last = run.output.strip().splitlines()[-1:] or ["(no output)"]
    return f"it fails in the browser's Python: {last[0][:120]}"


def label_page(
    page: Page, version: str, runs: Sequence[BrowserRun], reasons: Sequence[str], timeout: float
) -> tuple[Example, ...]:
    """Each request of *page* labelled from the Pyodide *runs* of its
    runnable requests (in order) and the transcripts on *version*."""
    folder = example_dir_for(page.path).name
    results = iter(runs)
    outcome: list[BrowserRun | None] = []
    for reason in reasons:
        outcome.append(None if reason else next(results, None))
    texts = [
        text_of(request, masked(shown(run), folder)) if run is not None and run.finished else ""
        for request, run in zip(page.requests, outcome, strict=True)
    ]
    made = block_texts(page, texts)
    expected = expected_blocks(page, version)
    examples: list[Example] = []
    index = 0
    for block, text, wanted in zip(page.blocks, made, expected, strict=True):
        first = index
        index += len(block.requests)
        block_reason = ""
        for request_index in range(first, index):
            run = outcome[request_index]
            if reasons[request_index]:
                block_reason = block_reason or reasons[request_index]
            elif run is None:
                block_reason = block_reason or "an earlier script of its page did not finish"
            elif not run.finished or run.status == -1:
                block_reason = block_reason or reason_of(run, timeout)
            elif run.status != 0 and wanted is not None and text != wanted:
                if not page.requests[request_index].options.ignore_error:
                    block_reason = block_reason or reason_of(run, timeout)
        if wanted is None and not block_reason:
            block_reason = f"it has no transcript on Python {version}"
        label, diff = CANNOT, ""
        if not block_reason:
            if text == wanted:
                label = SAME
            else:
                assert wanted is not None
                label, diff = DIFFERS, _diff(wanted, text, version)
        for request_index in range(first, index):
            argv = tuple(outcome_argv(page.requests[request_index], version))
            examples.append(
                Example(
                    request_index,
                    block.line,
                    page.requests[request_index].command.script or "",
                    argv,
                    label,
                    block_reason if label == CANNOT else "",
                    diff,
                )
            )
    return tuple(examples)


def outcome_argv(request: Request, version: str) -> tuple[str, ...]:
    return argv_of(request, version)[0]


def _diff(wanted: str, text: str, version: str) -> str:
    lines = difflib.unified_diff(
        wanted.splitlines(),
        text.splitlines(),
        f"CPython {version}",
        "your browser",
        lineterm="",
    )
    return "\n".join(lines)


# The step ---------------------------------------------------------------------


@dataclasses.dataclass
class Summary:
    pages: int = 0
    ran: int = 0  # page sessions run (the others came from the cache or were current)
    written: list[str] = dataclasses.field(default_factory=list)
    stale: list[str] = dataclasses.field(default_factory=list)
    labels: dict[str, dict[str, int]] = dataclasses.field(default_factory=dict)  # chapter -> label


def page_timeout(page: Page) -> float:
    """The time limit of a page session: loading Pyodide, then its runs'."""
    return 30.0 + sum(min(request.options.timeout, 30.0) for request in page.requests)


class Cache:
    """Pyodide results of page sessions by their digest, one JSON file each."""

    def __init__(self, folder: Path | None):
        self.folder = folder / "browser" if folder else None

    def get(self, key: str) -> list[BrowserRun] | None:
        if self.folder is None:
            return None
        try:
            data = json.loads((self.folder / f"{key}.json").read_text("utf-8"))
            return [BrowserRun.from_json(run) for run in data]
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def put(self, key: str, runs: Sequence[BrowserRun]) -> None:
        if self.folder is None or any(not run.finished for run in runs):
            return  # a time limit says as much about the machine as the script
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            text = json.dumps([run.to_json() for run in runs])
            atomic_write(self.folder / f"{key}.json", text, durable=False)
        except OSError:
            pass


def expected_digest(page: Page, version: str) -> str:
    """What the labels depend on besides the runs: the transcripts, the rules."""
    return digest({"texts": expected_blocks(page, version), "revision": REVISION})


def prove(
    paths: Sequence[Path],
    pyodide: Pyodide,
    cache_dir: Path | None,
    jobs: int,
    check: bool = False,
    say: Callable[[str], None] = print,
    run: Callable[[Pyodide, SessionJob, float], list[BrowserRun]] = run_session,
) -> Summary:
    """Prove the pages under *paths*; with *check*, only report stale records."""
    summary = Summary()
    cache = Cache(cache_dir)
    version = pyodide.python_minor
    runtime = {"pyodide": pyodide.version, "python": pyodide.python}
    by_folder: dict[Path, list[Page]] = {}
    for path, _ in read_pages(paths):
        page = read(path)
        if page.error is None and page.requests:
            by_folder.setdefault(path.parent, []).append(page)
    todo: list[tuple[Page, SessionJob, list[str], str, str]] = []
    records: dict[Path, dict[str, PageProof]] = {}
    for folder, pages in sorted(by_folder.items()):
        _, old = read_lock(folder)
        records[folder] = dict(old)
        for page in pages:
            summary.pages += 1
            job, reasons = session_of(page, version)
            key, expected = job.key(pyodide), expected_digest(page, version)
            recorded = old.get(page.path.name)
            if recorded and recorded.session == key and recorded.expected == expected:
                continue
            summary.stale.append(page.name)
            if not check:
                todo.append((page, job, reasons, key, expected))
        if check:
            names = {page.path.name for page in pages}
            summary.stale += [display_path(folder / n) for n in sorted(set(old) - names)]
    if check:
        return summary

    def one(item: tuple[Page, SessionJob, list[str], str, str]) -> tuple[Path, str, PageProof]:
        page, job, reasons, key, expected = item
        runs = cache.get(key)
        if runs is None:
            started = time.monotonic()
            runs = run(pyodide, job, page_timeout(page)) if job.runs else []
            cache.put(key, runs)
            summary.ran += 1
            say(f"prove-browser: {page.name}: {time.monotonic() - started:.1f} s")
        examples = label_page(page, version, runs, reasons, page_timeout(page))
        return page.path.parent, page.path.name, PageProof(key, expected, examples)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for folder, name, proof in pool.map(one, todo):
            records[folder][name] = proof
    for folder in by_folder:
        kept = {name: p for name, p in records[folder].items() if (folder / name).is_file()}
        if write_lock(folder, runtime, kept):
            summary.written.append(display_path(folder / LOCK))
        chapter = display_path(folder)
        counts = summary.labels.setdefault(chapter, dict.fromkeys(LABELS, 0))
        for proof in kept.values():
            for example in proof.examples:
                counts[example.label] += 1
    return summary


def report(
    paths: Sequence[Path],
    root: Path,
    cache_dir: Path | None,
    jobs: int,
    check: bool = False,
    required: bool = False,
    say: Callable[[str], None] = print,
) -> int:
    """``motw prove-browser``: prove (or, with *check*, check) and say what came of it."""
    from ..engine.pyodide import find_pyodide

    pyodide = find_pyodide(root)
    if pyodide is None:
        say(
            "prove-browser: Pyodide or Node is missing (run 'npm ci'); "
            + ("this is an error here" if required else "the browser proof is skipped")
        )
        return 1 if required else 0
    started = time.monotonic()
    try:
        workers = min(jobs, os.cpu_count() or 1)  # each is a whole interpreter
        summary = prove(paths, pyodide, cache_dir, workers, check=check, say=say)
    except LockFileError as error:
        say(f"prove-browser: error: {error}")
        return 1
    elapsed = time.monotonic() - started
    if check:
        for name in summary.stale:
            say(f"prove-browser: error: the browser record of {name} is stale")
        if summary.stale:
            say("prove-browser: run 'motw prove-browser' (make) and commit browser.lock")
            return 1
        say(f"prove-browser: {summary.pages} page(s) are proved ({elapsed:.2f} s, nothing run)")
        return 0
    for chapter, counts in sorted(summary.labels.items()):
        say(f"prove-browser: {chapter}: " + ", ".join(f"{counts[k]} {k}" for k in LABELS))
    say(
        f"prove-browser: {summary.pages} page(s), {len(summary.stale)} proved again, "
        f"{summary.ran} run under Pyodide {pyodide.version} (Python {pyodide.python}), "
        f"{len(summary.written)} lock(s) written ({elapsed:.1f} s)"
    )
    return 0
