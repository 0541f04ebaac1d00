"""``python -m motw.bench``: the cog pass against plain sequential cogapp.

The bench builds a synthetic project laid out like the real one::

    <out>/project/docs/<chapter>/index.rst          pages with cog blocks
    <out>/project/source_examples/<chapter>/*.py    their example scripts

and measures, in one run and side by side:

``status quo``      cogapp's own command line (``python -m cogapp -r``)
                    with a naive ``run_script`` (:data:`NAIVE`): each
                    script runs when its block does, one after the other,
                    nothing cached.  It runs on a fresh copy of the corpus.
``cold pass``       ``python -m motw cog docs`` with an empty cache
``warm pass``       the same again, nothing changed (median of 3)
``check (fresh)``   ``python -m motw check docs`` on the fresh pages
                    (median of 3)
``one edited``      the pass after one script's printed text changed
``check (stale)``   the check after another script's text changed (a
                    check runs what it suspects, to show the diff, and
                    caches it: so the two edits are different scripts)

Every figure is shown as a ratio to the status quo and to the physical
floor: ``max(longest script, total CPU of all scripts / cores)``, where
the per-script wall and CPU times come from the status quo run.

The corpus is deterministic (seeded).  Its scripts are 70 % quick prints
(interpreter start-up only), 20 % short sleeps (0.05-0.2 s) and 10 %
pure-Python loops (~0.05-0.1 s of CPU).  Every script appends its name
to a spawn log outside the corpus, so the number of scripts each step
started is counted independently of what the pass says about itself.

Exit status: 0 when every target is met, 1 when one is missed, 2 when
a step failed outright.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = 20240607
MIX = (("print", 0.70), ("sleep", 0.20), ("cpu", 0.10))
SLEEP_RANGE = (0.05, 0.2)  # seconds
CPU_LOOPS = (350_000, 700_000)  # iterations: ~0.05-0.1 s of CPU on the bench machine
MARKERS = "{{{cog }}} {{{end}}}"
REPEATS = 3  # runs of each cheap step; the median is reported
STARTUPS = 10  # the warm pass may cost this many `python -c pass`
CHECK_BUDGET = 1.0  # seconds
COLD_TARGET = 0.5  # times the status quo

WORDS = (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima "
    "mike november oscar papa quebec romeo sierra tango uniform victor whiskey "
    "xray yankee zulu"
).split()

# The status quo's run_script: what a plain cogapp run over the pages did
# before this project.  It prints transcripts in the seed's format, and
# records each script's wall and CPU time (for the physical floor).
NAIVE = '''\
"""A naive run_script: run each script when its block runs, no cache."""

import json
import os
import resource
import subprocess
import sys
import time

RECORD = os.environ.get("BENCH_RECORD")
PATH = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])


def _cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_script(input_file, script_name):
    page_dir = os.path.dirname(os.path.abspath(input_file))
    root = os.path.dirname(os.path.dirname(page_dir))
    folder = os.path.join(root, "source_examples", os.path.basename(page_dir))
    command = "python3 " + script_name
    cpu, wall = _cpu(), time.perf_counter()
    done = subprocess.run(
        command, shell=True, cwd=folder, env=dict(os.environ, PATH=PATH),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    if RECORD:
        with open(RECORD, "a") as record:
            record.write(json.dumps({"script": script_name, "wall": wall, "cpu": cpu}) + "\\n")
    if done.returncode:
        raise RuntimeError(f"{script_name} failed: {done.stdout!r}")
    lines = ["$ " + command]
    output = [line.rstrip() for line in done.stdout.decode().splitlines()]
    while output and not output[-1]:
        output.pop()
    if output:
        lines.append("")
    lines.extend(output)
    return "\\n::\\n\\n" + "".join(f"\\t{line}\\n" for line in lines) + "\\n"
'''

HEADER = '''\
#!/usr/bin/env python3
# encoding: utf-8
"""{doc}"""

#end_pymotw_header
with open({log!r}, "a") as spawn_log:
    spawn_log.write({name!r} + "\\n")
'''


class BenchError(Exception):
    """A step failed outright (not a missed target)."""


@dataclasses.dataclass
class Example:
    chapter: str
    name: str
    kind: str


# -- the corpus ---------------------------------------------------------------


def plan_corpus(chapters: int, examples: int, seed: int = SEED) -> list[Example]:
    """The chapters and scripts, the same for the same arguments."""
    rng = random.Random(seed)
    counts = [1] * chapters
    for _ in range(examples - chapters):
        counts[rng.randrange(chapters)] += 1
    kinds = []
    for kind, share in MIX[1:]:
        kinds += [kind] * round(examples * share)
    kinds = ["print"] * (examples - len(kinds)) + kinds
    rng.shuffle(kinds)
    corpus = []
    for number, count in enumerate(counts):
        chapter = f"ch{number:03d}_{WORDS[number % len(WORDS)]}"
        for index in range(count):
            corpus.append(Example(chapter, f"{chapter}_ex{index}.py", kinds[len(corpus)]))
    return corpus


def script_text(example: Example, rng: random.Random, log: Path) -> str:
    doc = f"Example {example.name} ({example.kind})."
    head = HEADER.format(doc=doc, log=str(log), name=example.name)
    if example.kind == "sleep":
        seconds = round(rng.uniform(*SLEEP_RANGE), 3)
        body = f"import time\n\ntime.sleep({seconds})\nprint('slept {seconds} s')\n"
    elif example.kind == "cpu":
        loops = rng.randrange(*CPU_LOOPS)
        body = (
            "total = 0\n"
            f"for i in range({loops}):\n"
            "    total = (total + i * i) % 1000003\n"
            f"print('checksum of {loops} squares:', total)\n"
        )
    else:
        lines = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randrange(2, 8)))
            for _ in range(rng.randrange(1, 6))
        ]
        body = "".join(f"print({line!r})\n" for line in lines)
    return head + body


def page_text(chapter: str, examples: list[Example]) -> str:
    title = f"Chapter {chapter}"
    parts = [f"{'=' * len(title)}\n{title}\n{'=' * len(title)}\n"]
    for example in examples:
        parts.append(
            f"\nThe example {example.name} shows a {example.kind} script.\n\n"
            f".. literalinclude:: ../../source_examples/{chapter}/{example.name}\n"
            f"   :caption: {example.name}\n"
            "   :start-after: #end_pymotw_header\n\n"
            ".. {{{cog\n"
            f".. cog.out(run_script(cog.inFile, {example.name!r}))\n"
            ".. }}}\n"
            ".. {{{end}}}\n"
        )
    return "".join(parts)


def write_corpus(project: Path, corpus: list[Example], log: Path, seed: int = SEED) -> None:
    rng = random.Random(seed + 1)
    by_chapter: dict[str, list[Example]] = {}
    for example in corpus:
        by_chapter.setdefault(example.chapter, []).append(example)
    for chapter, examples in by_chapter.items():
        folder = project / "source_examples" / chapter
        folder.mkdir(parents=True)
        for example in examples:
            (folder / example.name).write_text(script_text(example, rng, log))
        pages = project / "docs" / chapter
        pages.mkdir(parents=True)
        (pages / "index.rst").write_text(page_text(chapter, examples))


def edit(project: Path, example: Example) -> str:
    """Change what *example* prints; return its page's name."""
    script = project / "source_examples" / example.chapter / example.name
    script.write_text(script.read_text() + "print('edited by the bench')\n")
    return f"docs/{example.chapter}/index.rst"


def page_texts(project: Path) -> dict[str, str]:
    return {
        str(path.relative_to(project)): path.read_text()
        for path in sorted((project / "docs").rglob("*.rst"))
    }


# -- measuring ---------------------------------------------------------------


@dataclasses.dataclass
class Step:
    seconds: float
    status: int
    stderr: str
    spawned: int


class Bench:
    def __init__(self, root: Path, jobs: int | None):
        self.root = root
        self.project = root / "project"
        self.log = root / "spawned.log"
        self.jobs = jobs

    def spawned(self) -> int:
        try:
            with self.log.open() as log:
                return sum(1 for _ in log)
        except FileNotFoundError:
            return 0

    def timed(self, command: list[str], cwd: Path, env: dict | None = None) -> Step:
        before = self.spawned()
        started = time.perf_counter()
        done = subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True
        )
        seconds = time.perf_counter() - started
        return Step(seconds, done.returncode, done.stdout + done.stderr, self.spawned() - before)

    def motw(self, *args: str) -> Step:
        jobs = ["-j", str(self.jobs)] if self.jobs else []
        cache = ["--cache-dir", str(self.project / ".cache")]
        return self.timed(
            [sys.executable, "-m", "motw", *args, "docs", *cache, *jobs], self.project
        )

    def cog(self, name: str) -> Step:
        step = self.motw("cog")
        if step.status:
            raise BenchError(f"{name}: the pass failed (status {step.status}):\n{step.stderr}")
        return step

    def status_quo(self, pages: list[str]) -> tuple[Step, list[dict]]:
        copy = self.root / "status-quo"
        shutil.copytree(self.project, copy)
        naive = self.root / "naive"
        naive.mkdir()
        (naive / "naive.py").write_text(NAIVE)
        record = self.root / "status-quo-runs.jsonl"
        env = dict(os.environ, BENCH_RECORD=str(record))
        step = self.timed(
            [
                sys.executable, "-m", "cogapp", "-r", f"--markers={MARKERS}",
                "-I", str(naive), "-p", "from naive import run_script",
                "--verbosity=0", *pages,
            ],
            copy,
            env,
        )
        if step.status:
            raise BenchError(f"the status quo failed (status {step.status}):\n{step.stderr}")
        runs = [json.loads(line) for line in record.read_text().splitlines()]
        return step, runs

    def startups(self) -> float:
        started = time.perf_counter()
        for _ in range(STARTUPS):
            subprocess.run([sys.executable, "-c", "pass"], check=True)
        return time.perf_counter() - started


def summary(step: Step) -> tuple[int, int, list[str]]:
    """Scripts the pass says it ran, took from cache, and pages it rewrote."""
    match = re.search(r"(\d+) ran, (\d+) from cache", step.stderr)
    if not match:
        raise BenchError(f"no summary line in the pass's output:\n{step.stderr}")
    rewrote = re.findall(r"^  rewrote (\S+)$", step.stderr, re.MULTILINE)
    return int(match[1]), int(match[2]), rewrote


def median_step(steps: list[Step]) -> Step:
    seconds = statistics.median(step.seconds for step in steps)
    return dataclasses.replace(
        steps[0], seconds=seconds, spawned=max(step.spawned for step in steps)
    )


@dataclasses.dataclass
class Row:
    name: str
    seconds: float
    target: str = ""
    met: bool | None = None  # None: a reference, not a target
    spawned: int | None = None  # scripts started, from the spawn log
    notes: list[str] = dataclasses.field(default_factory=list)


def run(args) -> tuple[list[Row], dict]:
    root = args.out
    bench = Bench(root, args.jobs)
    corpus = plan_corpus(args.chapters, args.examples)
    write_corpus(bench.project, corpus, bench.log)
    fresh = page_texts(bench.project)
    pages = list(fresh)
    kinds = {kind: sum(e.kind == kind for e in corpus) for kind, _ in MIX}
    say(
        f"corpus: {len(pages)} pages, {len(corpus)} scripts "
        f"({', '.join(f'{n} {k}' for k, n in kinds.items())}) in {root}"
    )
    rows: list[Row] = []
    load_at_start = os.getloadavg()

    say("status quo: sequential cogapp with a naive run_script ...")
    quo, runs = bench.status_quo(pages)
    if quo.spawned != len(corpus) or len(runs) != len(corpus):
        raise BenchError(f"the status quo ran {quo.spawned} scripts, not {len(corpus)}")
    status_quo_pages = page_texts(root / "status-quo")
    cores = len(os.sched_getaffinity(0))
    longest = max(r["wall"] for r in runs)
    cpu = sum(r["cpu"] for r in runs)
    floor = max(longest, cpu / cores)
    rows.append(Row("status quo (sequential cogapp)", quo.seconds, spawned=quo.spawned))

    say("startups: ten `python -c pass` ...")
    startups = statistics.median(bench.startups() for _ in range(REPEATS))

    say("cold pass ...")
    cold = bench.cog("cold pass")
    ran, cached, rewrote = summary(cold)
    cold_pages = page_texts(bench.project)
    same = cold_pages == status_quo_pages
    row = Row(
        "cold pass (empty cache)", cold.seconds,
        f"<= {COLD_TARGET}x status quo, runs all {len(corpus)}, pages as the status quo's",
    )
    row.met = (
        cold.seconds <= COLD_TARGET * quo.seconds and cold.spawned == len(corpus)
        and ran == len(corpus) and same
    )
    row.spawned = cold.spawned
    row.notes.append(f"spawned {cold.spawned}, pass says {ran} ran, {cached} cached")
    if not same:
        differ = [p for p in pages if cold_pages.get(p) != status_quo_pages.get(p)]
        row.notes.append(f"{len(differ)} page(s) differ from the status quo's, e.g. {differ[0]}")
    rows.append(row)

    say("warm pass ...")
    warms = [bench.cog("warm pass") for _ in range(REPEATS)]
    warm = median_step(warms)
    counts = [summary(step) for step in warms]
    row = Row(
        "warm pass (nothing changed)", warm.seconds,
        f"spawns 0, <= {STARTUPS} startups ({startups:.2f} s)",
    )
    row.met = (
        warm.spawned == 0 and all(r == 0 and not w for r, _, w in counts)
        and page_texts(bench.project) == cold_pages and warm.seconds <= startups
    )
    row.spawned = warm.spawned
    row.notes.append(
        f"spawned {warm.spawned}, pass says {counts[0][0]} ran, {counts[0][1]} cached; "
        f"runs {', '.join(f'{s.seconds:.2f}' for s in warms)} s"
    )
    rows.append(row)

    say("check (fresh) ...")
    checks = [bench.motw("check") for _ in range(REPEATS)]
    check = median_step(checks)
    row = Row("check (fresh)", check.seconds, f"passes, spawns 0, < {CHECK_BUDGET:g} s")
    row.met = (
        all(step.status == 0 and "nothing run" in step.stderr for step in checks)
        and check.spawned == 0 and check.seconds < CHECK_BUDGET
    )
    row.spawned = check.spawned
    row.notes.append(f"status {checks[0].status}, spawned {check.spawned}")
    rows.append(row)

    # Two different scripts are edited: the check of an edited script runs
    # it (to show the diff) and caches the result, which would spare the
    # pass that follows its run.
    first, second = random.Random(SEED + 2).sample(corpus, 2)
    edited_page = edit(bench.project, first)
    say(f"edited {first.name} ({first.kind}); one-edited pass ...")
    one = bench.cog("one-edited pass")
    ran, cached, rewrote = summary(one)
    after = page_texts(bench.project)
    changed = [p for p in pages if after[p] != cold_pages[p]]
    row = Row("one edited (one script changed)", one.seconds, "runs exactly 1, rewrites its page")
    row.met = (
        one.spawned == 1 and ran == 1 and changed == [edited_page] and rewrote == [edited_page]
        and "\tedited by the bench\n" in after[edited_page]
    )
    row.spawned = one.spawned
    row.notes.append(
        f"spawned {one.spawned}, pass says {ran} ran, {cached} cached; "
        f"pages changed: {', '.join(changed) or 'none'}"
    )
    rows.append(row)

    stale_page = edit(bench.project, second)
    say(f"edited {second.name} ({second.kind}); check (stale) ...")
    stale = bench.motw("check")
    row = Row(
        "check (stale: one script edited)", stale.seconds,
        "fails, names the page, runs at most that script, writes nothing",
    )
    row.met = (
        stale.status == 1 and stale_page in stale.stderr and stale.spawned <= 1
        and page_texts(bench.project) == after
    )
    row.spawned = stale.spawned
    row.notes.append(f"status {stale.status}, spawned {stale.spawned}")
    rows.append(row)

    rows.append(Row(f"{STARTUPS} x python -c pass", startups))
    rows.append(Row(
        "physical floor", floor, notes=[
            f"longest script {longest:.2f} s, CPU {cpu:.1f} s / {cores} core(s) = "
            f"{cpu / cores:.2f} s"
        ],
    ))
    facts = {
        "chapters": args.chapters,
        "examples": len(corpus),
        "mix": kinds,
        "jobs": args.jobs,
        "cores": cores,
        "python": platform.python_version(),
        "status_quo": quo.seconds,
        "floor": floor,
        "longest_script": longest,
        "scripts_cpu": cpu,
        "startups": startups,
        "cold_pages_as_status_quo": same,
        "load_average": [load_at_start, os.getloadavg()],
    }
    return rows, facts


def table(rows: list[Row], facts: dict) -> str:
    quo, floor = facts["status_quo"], facts["floor"]
    name_width = max(len(row.name) for row in rows)
    lines = [
        f"{'step':<{name_width}}  {'seconds':>8}  {'x quo':>6}  {'x floor':>7}  met   target",
    ]
    for row in rows:
        met = "-" if row.met is None else ("yes" if row.met else "NO")
        lines.append(
            f"{row.name:<{name_width}}  {row.seconds:>8.2f}  {row.seconds / quo:>6.3f}  "
            f"{row.seconds / floor:>7.2f}  {met:<4}  {row.target}".rstrip()
        )
        lines.extend(f"{'':<{name_width}}    {note}" for note in row.notes)
    mix = ", ".join(f"{n} {k}" for k, n in facts["mix"].items())
    start, end = (", ".join(f"{x:.2f}" for x in load) for load in facts["load_average"])
    lines.append(
        f"{facts['examples']} scripts ({mix}) in {facts['chapters']} chapters; "
        f"{facts['cores']} core(s), Python {facts['python']}, "
        f"jobs {facts['jobs'] or 'default'}; load average {start} at the start, {end} at the end"
    )
    return "\n".join(lines)


def say(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m motw.bench",
        description="Time the cog pass against plain sequential cogapp on a synthetic corpus.",
    )
    p.add_argument("--chapters", type=int, default=200, help="pages (default: %(default)s)")
    p.add_argument("--examples", type=int, default=1000, help="scripts (default: %(default)s)")
    p.add_argument("-j", "--jobs", type=int, help="passed to the pass (default: its own)")
    p.add_argument("--out", type=Path, help="build the corpus here (default: a temporary folder)")
    p.add_argument("--keep", action="store_true", help="leave the corpus afterwards")
    p.add_argument("--json", type=Path, help="also write the figures to this file")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.chapters < 1 or args.examples < args.chapters:
        parser().error("need at least one chapter, and one example per chapter")
    if args.out is None:
        args.out = Path(tempfile.mkdtemp(prefix="motw-bench-"))
    elif args.out.exists() and any(args.out.iterdir()):
        parser().error(f"{args.out} is not empty")
    args.out = args.out.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        rows, facts = run(args)
    except BenchError as error:
        say(f"failed: {error}")
        return 2
    finally:
        if args.keep:
            say(f"corpus kept in {args.out}")
        else:
            shutil.rmtree(args.out, ignore_errors=True)
    print(table(rows, facts))
    if args.json:
        args.json.write_text(json.dumps(
            {"facts": facts, "rows": [dataclasses.asdict(row) for row in rows]}, indent=1
        ) + "\n")
    missed = [row.name for row in rows if row.met is False]
    if missed:
        say(f"missed: {', '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
