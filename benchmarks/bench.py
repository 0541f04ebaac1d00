"""``make bench``: the cog pass against plain sequential cogapp, in one run.

Builds the seeded synthetic project of :mod:`corpus` (by default 200
chapters, 1,000 scripts, about a quarter of the pages with a chain of
scripts sharing a file, every script on every configured Python) and
measures, side by side:

- the status quo (:mod:`status_quo`) on each Python, and from its
  per-run timings the physical floor, ``max(longest run, CPU / cores)``;
- the cold pass (empty cache) on a copy configured for the primary only, then
  on the three-Python project;
- the warm pass (nothing changed, median of 3) and ``motw check`` on the
  fresh site (median of 3);
- the pass after the first script of a chain changed what it writes,
  after one independent script changed, and the check after another.

The runs each step started come from the scripts' own spawn log; what
the pass says comes from its JSON report.  Prints a table (and writes
``--json FILE``); exits 1 when a target is missed, 2 when a step failed.
See README.md beside this file.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import platform
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import corpus
import status_quo
from corpus import PYTHONS, SEED, Page, Script, page_texts
from harness import STARTUPS, BenchError, Harness, Runs, Step, interpreters, load

PRIMARY = PYTHONS[0]
REPEATS = 3  # of each cheap step; the median is reported
COLD_VS_QUO = 0.5  # cold pass, one Python: at most this times the status quo
COLD_VS_FLOOR = 1.3  # ... and this times the floor
COLD3_VS_FLOOR = 1.25  # cold pass, three Pythons: at most this times the floor
CHECK_BUDGET = 1.0  # seconds
ONE, ALL = PRIMARY, f"{len(PYTHONS)} Pythons"  # the bases rows are compared with


@dataclasses.dataclass
class Row:
    name: str
    seconds: float
    basis: str  # which status quo and floor the ratios use: ONE or ALL
    target: str = ""
    correct: bool | None = None  # what it ran and wrote; None: a reference, not a target
    fast: bool | None = None  # within its time target; None: it has none
    runs: int | None = None  # runs started, from the spawn log
    ran: int | None = None  # runs the pass says it made (JSON report)
    load: float | None = None  # load average (1 min) when the step began
    cpu: float | None = None  # CPU seconds of the step's processes (all children)
    notes: list[str] = dataclasses.field(default_factory=list)

    @property
    def met(self) -> bool | None:
        if self.correct is None:
            return None
        return self.correct and self.fast is not False

    @property
    def verdict(self) -> str:
        if self.met is None:
            return "-"
        if self.met:
            return "yes"
        return "NO (time)" if self.correct else "NO"


# -- what each step must do ---------------------------------------------------


def expected(scripts: list[Script], versions: tuple[str, ...]) -> Runs:
    return Runs({(script.name, version): 1 for script in scripts for version in versions})


def covers(runs: Runs, wanted: Runs) -> bool:
    """Every wanted run started at least once."""
    return all(runs[key] >= 1 for key in wanted)


def describe(runs: Runs) -> str:
    if not runs:
        return "none"
    shown = ", ".join(
        f"{s} on {v}" + (f" x{n}" if n > 1 else "") for (s, v), n in sorted(runs.items())
    )
    return shown if len(shown) < 300 else shown[:300] + "..."


def ok(step: Step) -> bool:
    report = step.report or {}
    return step.status == 0 and report.get("status") == 0 and not report.get("errors")


def pick_edits(pages: list[Page], seed: int = SEED) -> tuple[Page, Script, Script]:
    """The chain whose creator is edited (one of 4 scripts or more with an
    independent script among them, where there is one), an independent
    script to edit (one of a stateful page, after its chain began, where
    there is one), and a third script, on another page, for the stale check."""
    rng = random.Random(seed + 2)
    stateful = [page for page in pages if page.chain]
    demanding = [page for page in stateful if len(page.chain) >= 4 and interleaved(page)]
    chain_page = rng.choice(demanding or stateful)
    independent = [
        s
        for page in pages
        if page is not chain_page
        for s in page.scripts
        if s.role == "independent"
    ]
    among_chains = [
        s
        for page in stateful
        if page is not chain_page
        for s in page.scripts[page.scripts.index(page.chain[0]) + 1 :]
        if s.role == "independent"
    ]
    edited = rng.choice(among_chains or independent)
    checked = rng.choice([s for s in independent if s.chapter != edited.chapter])
    return chain_page, edited, checked


def interleaved(page: Page) -> bool:
    """Whether an independent script sits between members of the chain."""
    first, last = (page.scripts.index(page.chain[i]) for i in (0, -1))
    return any(s.role == "independent" for s in page.scripts[first:last])


# -- the run ------------------------------------------------------------------


class Run:
    """One bench run: the corpus, the references, then each step as a row."""

    def __init__(self, root: Path, chapters: int, examples: int, jobs: int | None):
        self.harness = Harness(root, interpreters(PYTHONS), jobs)
        self.root = root
        self.pages = corpus.plan(chapters, examples)
        self.scripts = corpus.scripts_of(self.pages)
        self.project = root / "project"
        corpus.write(self.project, self.pages, self.harness.log.path)
        self.rows: list[Row] = []
        self.facts: dict = {"jobs": jobs, "load_average": [load()]}

    def all(self) -> tuple[list[Row], dict]:
        chains = [len(page.chain) for page in self.pages if page.chain]
        kinds = collections.Counter(script.kind for script in self.scripts)
        say(
            f"corpus: {len(self.pages)} pages, {len(self.scripts)} scripts ({dict(kinds)}), "
            f"{len(chains)} stateful pages (chains of {min(chains)}-{max(chains)}), "
            f"Pythons {', '.join(PYTHONS)}; in {self.root}"
        )
        self.facts.update(
            chapters=len(self.pages),
            scripts=len(self.scripts),
            kinds=dict(kinds),
            stateful_pages=len(chains),
            chain_lengths=dict(sorted(collections.Counter(chains).items())),
            pythons=self.harness.pythons,
            cores=status_quo.cores(),
            python_running_motw=platform.python_version(),
        )
        self.status_quo()
        self.cold_primary()
        self.cold_all()
        self.warm()
        self.fresh_check()
        self.edits()
        self.rows.append(
            Row(f"{STARTUPS} x python -c pass (median of {REPEATS})", self.startups, ALL)
        )
        for basis, low in ((ONE, self.floor_one), (ALL, self.floor_all)):
            self.rows.append(
                Row(
                    f"physical floor, {basis}",
                    low.seconds,
                    basis,
                    notes=[
                        f"longest run {low.longest:.2f} s; CPU {low.cpu:.1f} s of {low.runs} "
                        f"runs / {low.cores} core(s) = {low.cpu / low.cores:.2f} s"
                    ],
                )
            )
        self.facts["load_average"].append(load())
        return self.rows, self.facts

    def status_quo(self) -> None:
        """Once per Python, each on a fresh copy; the floors from its runs."""
        quos, loads = {}, {}
        for version in PYTHONS:
            say(f"status quo on {version}: sequential cogapp, naive run_script ...")
            loads[version] = load()
            quos[version] = status_quo.measure(self.harness, self.project, version)
            if quos[version].started != expected(self.scripts, (version,)):
                raise BenchError(
                    f"the status quo on {version} started {describe(quos[version].started)}"
                )
        cores = self.facts["cores"]
        self.floor_one = status_quo.floor(quos[PRIMARY].runs, cores)
        self.floor_all = status_quo.floor([r for q in quos.values() for r in q.runs], cores)
        self.quo_one = quos[PRIMARY].seconds
        self.quo_all = sum(q.seconds for q in quos.values())
        self.quo_cpu = {ONE: quos[PRIMARY].cpu, ALL: sum(q.cpu for q in quos.values())}
        self.reference = quos[PRIMARY].pages
        self.same_everywhere = all(q.pages == self.reference for q in quos.values())
        self.facts.update(
            status_quo={v: q.seconds for v, q in quos.items()},
            status_quo_pages_same_on_every_python=self.same_everywhere,
            floor={
                ONE: dataclasses.asdict(self.floor_one),
                ALL: dataclasses.asdict(self.floor_all),
            },
            references={
                ONE: [self.quo_one, self.floor_one.seconds],
                ALL: [self.quo_all, self.floor_all.seconds],
            },
        )
        same = "same pages on every Python" if self.same_everywhere else "pages DIFFER by Python"
        self.rows.append(
            Row(
                f"status quo, {PRIMARY} (sequential cogapp)",
                self.quo_one,
                ONE,
                runs=quos[PRIMARY].started.total(),
                load=loads[PRIMARY],
                cpu=quos[PRIMARY].cpu,
            )
        )
        self.rows.append(
            Row(
                f"status quo, {ALL} (one cogapp run each)",
                self.quo_all,
                ALL,
                runs=sum(q.started.total() for q in quos.values()),
                cpu=sum(q.cpu for q in quos.values()),
                notes=[", ".join(f"{v}: {q.seconds:.2f} s" for v, q in quos.items()) + f"; {same}"],
            )
        )

    def cold_primary(self) -> None:
        """On a copy configured for the primary Python only."""
        single = self.root / f"project-{PRIMARY}"
        shutil.copytree(self.project, single)
        corpus.set_pythons(single, (PRIMARY,))
        say(f"cold pass, {PRIMARY} only ...")
        row = self.cold(single, (PRIMARY,))
        row.target = (
            f"<= {COLD_VS_QUO}x status quo, <= {COLD_VS_FLOOR}x floor; "
            "every run, pages as the status quo's"
        )
        row.fast = (
            row.seconds <= COLD_VS_QUO * self.quo_one
            and row.seconds <= COLD_VS_FLOOR * self.floor_one.seconds
        )
        self.rows.append(row)

    def cold_all(self) -> None:
        say(f"cold pass, {ALL} ...")
        row = self.cold(self.project, PYTHONS)
        row.target = f"<= {COLD3_VS_FLOOR}x floor; every run, pages as the status quo's"
        row.fast = row.seconds <= COLD3_VS_FLOOR * self.floor_all.seconds
        found = sidecar_kinds(self.project, self.pages)
        row.notes.append(f"other Pythons in the sidecars: {dict(found)}")
        if self.same_everywhere:
            wanted = {"same": len(self.scripts) * (len(PYTHONS) - 1)}
            if dict(found) != wanted:
                row.correct = False
                row.notes.append(f"expected {wanted}: the status quo's pages are the same")
        self.rows.append(row)
        self.cold_pages = page_texts(self.project)

    def cold(self, project: Path, versions: tuple[str, ...]) -> Row:
        at = load()
        step = self.harness.motw(project, "cog")
        report = step.report or {}
        wanted = expected(self.scripts, versions)
        pages = page_texts(project)
        differ = [name for name in self.reference if pages.get(name) != self.reference[name]]
        extra = step.runs.total() - wanted.total()
        basis = ONE if len(versions) == 1 else ALL
        row = Row(
            f"cold pass, {basis} (empty cache)",
            step.seconds,
            basis,
            correct=ok(step)
            and covers(step.runs, wanted)
            and not differ
            and report.get("transcripts") == wanted.total(),
            runs=step.runs.total(),
            ran=report.get("ran"),
            load=at,
            cpu=step.cpu,
        )
        row.notes.append(
            f"{wanted.total()} runs wanted, {step.runs.total()} started ({extra} more: "
            f"speculative or repeated); the report says {report.get('ran')} ran, "
            f"{report.get('transcripts')} transcripts; status {step.status}"
        )
        low = (self.floor_one if basis == ONE else self.floor_all).seconds
        cores = self.facts["cores"]
        row.notes.append(
            f"CPU {step.cpu:.1f} s, {step.cpu / self.quo_cpu[basis]:.2f}x the status quo's "
            f"for the same runs; that CPU alone needs >= {step.cpu / cores:.1f} s on "
            f"{cores} core(s) = {step.cpu / cores / low:.2f}x the floor"
        )
        if wanted - step.runs:
            row.notes.append(f"never started: {describe(wanted - step.runs)}")
        if differ:
            row.notes.append(
                f"{len(differ)} page(s) differ from the status quo's, e.g. {differ[0]}"
            )
        if report.get("errors"):
            row.notes.append(f"errors: {report['errors'][:3]}")
        return row

    def warm(self) -> None:
        say("warm pass and ten `python -c pass`, taking turns, three times ...")
        at = load()
        # Taking turns, so that both see the same load on a shared machine.
        startups, warms = [], []
        for _ in range(REPEATS):
            startups.append(self.harness.startups())
            warms.append(self.harness.motw(self.project, "cog"))
        steps = warms
        self.startups = statistics.median(startups)
        self.facts["startups"] = startups
        processes = self.harness.processes(self.project, "cog")
        seconds = statistics.median(step.seconds for step in warms)
        runs = sum((step.runs for step in warms), Runs())
        reports = [step.report or {} for step in warms]
        self.rows.append(
            Row(
                "warm pass (nothing changed)",
                seconds,
                ALL,
                f"spawns nothing, <= {STARTUPS} x python -c pass ({self.startups:.2f} s)",
                correct=(
                    all(ok(step) for step in warms)
                    and not runs
                    and processes == 0
                    and not any(r.get("ran") or r.get("changed") for r in reports)
                    and page_texts(self.project) == self.cold_pages
                ),
                fast=seconds <= self.startups,
                runs=runs.total(),
                ran=max(r.get("ran", 0) for r in reports),
                load=at,
                cpu=statistics.median(step.cpu for step in steps),
                notes=[
                    f"runs {', '.join(f'{step.seconds:.3f}' for step in warms)} s; ten "
                    f"startups {', '.join(f'{t:.3f}' for t in startups)} s; processes "
                    f"started by the pass itself (audit hook, extra run): {processes}"
                ],
            )
        )

    def fresh_check(self) -> None:
        say("check on the fresh site, three times ...")
        at = load()
        steps = checks = [self.harness.motw(self.project, "check") for _ in range(REPEATS)]
        processes = self.harness.processes(self.project, "check")
        seconds = statistics.median(step.seconds for step in checks)
        runs = sum((step.runs for step in checks), Runs())
        reports = [step.report or {} for step in checks]
        self.rows.append(
            Row(
                "check (fresh site)",
                seconds,
                ALL,
                f"passes, spawns nothing, < {CHECK_BUDGET:g} s",
                correct=(
                    all(ok(step) for step in checks)
                    and not runs
                    and processes == 0
                    and not any(r.get("stale") or r.get("ran") for r in reports)
                ),
                fast=seconds < CHECK_BUDGET,
                runs=runs.total(),
                ran=max(r.get("ran", 0) for r in reports),
                load=at,
                cpu=statistics.median(step.cpu for step in steps),
                notes=[
                    f"runs {', '.join(f'{step.seconds:.3f}' for step in checks)} s; "
                    f"processes started by the check itself (extra run): {processes}"
                ],
            )
        )

    def edits(self) -> None:
        chain_page, edited, checked = pick_edits(self.pages)
        chain = list(chain_page.chain)
        self.facts["edits"] = {
            "chain": [s.name for s in chain],
            "independent": edited.name,
            "checked": checked.name,
        }
        corpus.edit_payload(self.project, chain[0])
        say(f"edited {chain[0].name}, the first of a chain of {len(chain)} ...")
        self.rows.append(
            self.edited(
                f"first script of a chain of {len(chain)} edited",
                expected(chain, PYTHONS),
                chain_page.path,
                corpus.EDIT_MARK,
                self.cold_pages,
            )
        )
        self.rows[-1].notes.append(f"chain: {', '.join(f'{s.name} ({s.role})' for s in chain)}")

        corpus.edit_output(self.project, edited)
        home = next(page for page in self.pages if page.chapter == edited.chapter)
        where = "a stateful page" if home.chain else "a stateless page"
        say(f"edited {edited.name}, independent, on {where} ...")
        before = page_texts(self.project)
        self.rows.append(
            self.edited(
                "one independent script edited",
                expected([edited], PYTHONS),
                home.path,
                corpus.OUTPUT_MARK,
                before,
            )
        )
        self.rows[-1].notes.append(f"{edited.name}, on {where}")

        corpus.edit_output(self.project, checked)
        home = next(page for page in self.pages if page.chapter == checked.chapter)
        allowed = expected(list(home.scripts), PYTHONS)
        say(f"edited {checked.name}; check ...")
        before = page_texts(self.project)
        at = load()
        step = self.harness.motw(self.project, "check")
        report = step.report or {}
        self.rows.append(
            Row(
                "check after another edit",
                step.seconds,
                ALL,
                "fails naming the page, runs at most that page's scripts, writes nothing",
                correct=(
                    step.status == 1
                    and report.get("status") == 1
                    and report.get("stale") == [home.path]
                    and all(key in allowed for key in step.runs)
                    and page_texts(self.project) == before
                ),
                runs=step.runs.total(),
                ran=report.get("ran"),
                load=at,
                cpu=step.cpu,
                notes=[
                    f"status {step.status}; stale: {', '.join(report.get('stale', [])) or 'none'}"
                    f"; started: {describe(step.runs)}"
                ],
            )
        )

    def edited(self, name: str, wanted: Runs, page: str, mark: str, before: dict) -> Row:
        at = load()
        step = self.harness.motw(self.project, "cog")
        report = step.report or {}
        after = page_texts(self.project)
        changed = sorted(p for p in after if after[p] != before.get(p))
        row = Row(
            name,
            step.seconds,
            ALL,
            f"exactly {wanted.total()} runs ({len(wanted) // len(PYTHONS)} x {len(PYTHONS)} "
            "Pythons), only its page rewritten",
            correct=ok(step)
            and step.runs == wanted
            and report.get("ran") == wanted.total()
            and report.get("changed") == [page]
            and changed == [page]
            and mark in after[page],
            runs=step.runs.total(),
            ran=report.get("ran"),
            load=at,
            cpu=step.cpu,
        )
        row.notes.append(f"started: {describe(step.runs)}")
        if step.runs - wanted:
            row.notes.append(f"not wanted: {describe(step.runs - wanted)}")
        if wanted - step.runs:
            row.notes.append(f"wanted, not started: {describe(wanted - step.runs)}")
        changed_said = ", ".join(report.get("changed", [])) or "none"
        row.notes.append(f"pages rewritten (report): {changed_said}")
        return row


def sidecar_kinds(project: Path, pages: list[Page]) -> collections.Counter:
    """How the other Pythons' transcripts are marked in the sidecars."""
    kinds: collections.Counter = collections.Counter()
    for page in pages:
        sidecar = project / "docs" / page.chapter / "index.versions.txt"
        if not sidecar.is_file():
            kinds["no sidecar"] += 1
            continue
        for line in sidecar.read_text().splitlines():
            if line.startswith("-- "):
                kinds[line.partition(": ")[2]] += 1
    return kinds


# -- the report ---------------------------------------------------------------


def ratios(row: Row, facts: dict) -> tuple[float, float]:
    quo, low = facts["references"][row.basis]
    return row.seconds / quo, row.seconds / low


def table(rows: list[Row], facts: dict) -> str:
    width = max(len(row.name) for row in rows)
    basis = max(len(row.basis) for row in rows)
    lines = [
        f"{'step':<{width}}  {'basis':<{basis}}  {'seconds':>8}  {'x quo':>6}  {'x floor':>7}  "
        f"{'cpu s':>7}  {'runs':>5}  {'ran':>5}  {'load':>5}  {'met':<9}  target"
    ]
    for row in rows:
        quo, low = ratios(row, facts)
        runs = "" if row.runs is None else str(row.runs)
        ran = "" if row.ran is None else str(row.ran)
        load_shown = "" if row.load is None else f"{row.load:.1f}"
        cpu = "" if row.cpu is None else f"{row.cpu:.2f}"
        lines.append(
            f"{row.name:<{width}}  {row.basis:<{basis}}  {row.seconds:>8.3f}  {quo:>6.3f}  "
            f"{low:>7.2f}  {cpu:>7}  {runs:>5}  {ran:>5}  {load_shown:>5}  {row.verdict:<9}  "
            f"{row.target}".rstrip()
        )
        lines.extend(f"{'':<{width}}    {note}" for note in row.notes)
    start, end = (f"{x:.2f}" for x in facts["load_average"])
    lines.append(
        f"{facts['scripts']} scripts ({facts['kinds']}) in {facts['chapters']} chapters, "
        f"{facts['stateful_pages']} stateful (chains {facts['chain_lengths']}); "
        f"{facts['cores']} core(s); motw on Python {facts['python_running_motw']}, "
        f"jobs {facts['jobs'] or 'default'}; load average {start} at the start, {end} at the end"
    )
    lines.append(
        "basis: the status quo and floor of the ratios; cpu s: CPU time of the step's "
        "processes; runs: started, from the scripts' spawn log; ran: the pass's JSON report; "
        "load: load average when the step began"
    )
    return "\n".join(lines)


def as_json(rows: list[Row], facts: dict) -> dict:
    out = []
    for row in rows:
        quo, low = ratios(row, facts)
        out.append({**dataclasses.asdict(row), "met": row.met, "x_status_quo": quo, "x_floor": low})
    return {"facts": facts, "rows": out}


def say(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="benchmarks/bench.py",
        description="Time the cog pass against plain sequential cogapp on a synthetic corpus.",
    )
    p.add_argument("--chapters", type=int, default=200, help="pages (default: %(default)s)")
    p.add_argument("--examples", type=int, default=1000, help="scripts (default: %(default)s)")
    p.add_argument("-j", "--jobs", type=int, help="passed to motw (default: its own)")
    p.add_argument("--out", type=Path, help="work here (default: a temporary folder)")
    p.add_argument("--keep", action="store_true", help="leave the work folder afterwards")
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        corpus.check_size(args.chapters, args.examples)
    except corpus.CorpusError as error:
        parser().error(str(error))
    if args.out is None:
        args.out = Path(tempfile.mkdtemp(prefix="motw-bench-"))
    elif args.out.exists() and any(args.out.iterdir()):
        parser().error(f"{args.out} is not empty")
    args.out = args.out.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        rows, facts = Run(args.out, args.chapters, args.examples, args.jobs).all()
    except BenchError as error:
        say(f"failed: {error}")
        return 2
    finally:
        if args.keep:
            say(f"work folder kept: {args.out}")
        else:
            shutil.rmtree(args.out, ignore_errors=True)
    print(table(rows, facts))
    if args.json:
        args.json.write_text(json.dumps(as_json(rows, facts), indent=1) + "\n")
    missed = [row.name for row in rows if row.met is False]
    if missed:
        say(f"missed: {'; '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
