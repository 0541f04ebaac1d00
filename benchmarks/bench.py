"""``make bench``: the cog pass against plain sequential cogapp, in one run.

Builds the seeded synthetic project of :mod:`corpus` (by default 200
chapters, 1,000 scripts, about a quarter of the pages with a chain of
scripts sharing a file, every script on Python 3.13, 3.12 and 3.11) and
measures, side by side:

- the status quo (:mod:`status_quo`) on each Python, and from its
  per-run timings the physical floor, ``max(longest run, CPU / cores)``;
- the cold pass (empty cache) on a copy configured for 3.13 only, then
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
    met: bool | None = None  # None: a reference, not a target
    runs: int | None = None  # runs started, from the spawn log
    ran: int | None = None  # runs the pass says it made (JSON report)
    load: float = 0.0  # load average (1 min) when the step began
    notes: list[str] = dataclasses.field(default_factory=list)


# -- what each step must do ---------------------------------------------------


def expected(scripts: list[Script], versions: tuple[str, ...]) -> Runs:
    return Runs({(script.name, version): 1 for script in scripts for version in versions})


def covers(runs: Runs, wanted: Runs) -> bool:
    """Every wanted run started at least once."""
    return all(runs[key] >= 1 for key in wanted)


def describe(runs: Runs) -> str:
    if not runs:
        return "none"
    shown = ", ".join(f"{s} on {v}" + (f" x{n}" if n > 1 else "") for (s, v), n in sorted(runs.items()))
    return shown if len(shown) < 300 else shown[:300] + "..."


def ok(step: Step) -> bool:
    report = step.report or {}
    return step.status == 0 and report.get("status") == 0 and not report.get("errors")


def pick_edits(pages: list[Page], seed: int = SEED) -> tuple[Page, Script, Script]:
    """The chain whose creator is edited, an independent script to edit
    (one of a stateful page, after its chain began, where there is one),
    and a third script, on another page, for the stale check."""
    rng = random.Random(seed + 2)
    stateful = [page for page in pages if page.chain]
    chain_page = rng.choice(stateful)
    independent = [
        s for page in pages if page is not chain_page for s in page.scripts
        if s.role == "independent"
    ]
    among_chains = [
        s for page in stateful if page is not chain_page
        for s in page.scripts[page.scripts.index(page.chain[0]) + 1 :]
        if s.role == "independent"
    ]
    edited = rng.choice(among_chains or independent)
    checked = rng.choice([s for s in independent if s.chapter != edited.chapter])
    return chain_page, edited, checked


# -- the run ------------------------------------------------------------------


def run(args: argparse.Namespace) -> tuple[list[Row], dict]:
    root: Path = args.out
    harness = Harness(root, interpreters(PYTHONS), args.jobs)
    pages = corpus.plan(args.chapters, args.examples)
    scripts = corpus.scripts_of(pages)
    project = root / "project"
    corpus.write(project, pages, harness.log.path)
    chains = [len(page.chain) for page in pages if page.chain]
    kinds = collections.Counter(script.kind for script in scripts)
    say(
        f"corpus: {len(pages)} pages, {len(scripts)} scripts ({dict(kinds)}), "
        f"{len(chains)} stateful pages (chains of {min(chains)}-{max(chains)}), "
        f"Pythons {', '.join(PYTHONS)}; in {root}"
    )
    load_at_start = load()
    rows: list[Row] = []

    # The status quo, once per Python, each on a fresh copy.
    quos, loads = {}, {}
    for version in PYTHONS:
        say(f"status quo on {version}: sequential cogapp, naive run_script ...")
        loads[version] = load()
        quos[version] = status_quo.measure(harness, project, version)
        if quos[version].started != expected(scripts, (version,)):
            raise BenchError(
                f"the status quo on {version} started {describe(quos[version].started)}"
            )
    n = status_quo.cores()
    floor_one = status_quo.floor(quos[PRIMARY].runs, n)
    floor_all = status_quo.floor([run for q in quos.values() for run in q.runs], n)
    quo_one = quos[PRIMARY].seconds
    quo_all = sum(q.seconds for q in quos.values())
    reference = quos[PRIMARY].pages
    same_everywhere = all(q.pages == reference for q in quos.values())
    rows.append(Row(
        f"status quo, {PRIMARY} (sequential cogapp)", quo_one, ONE,
        runs=quos[PRIMARY].started.total(), load=loads[PRIMARY],
    ))
    rows.append(Row(
        f"status quo, {ALL} (one cogapp run each)", quo_all, ALL,
        runs=sum(q.started.total() for q in quos.values()),
        notes=[", ".join(f"{v}: {q.seconds:.2f} s" for v, q in quos.items())
               + ("; same pages on every Python" if same_everywhere else
                  "; the pages DIFFER between Pythons")],
    ))

    say("ten `python -c pass`, three times ...")
    startups = statistics.median(harness.startups() for _ in range(REPEATS))

    # Cold passes: a copy configured for the primary only, then all three.
    single = root / f"project-{PRIMARY}"
    shutil.copytree(project, single)
    corpus.set_pythons(single, (PRIMARY,))
    say(f"cold pass, {PRIMARY} only ...")
    row = cold_row(harness, single, (PRIMARY,), scripts, reference, quo_one, floor_one)
    row.target = (
        f"<= {COLD_VS_QUO}x status quo, <= {COLD_VS_FLOOR}x floor; "
        "every run, pages as the status quo's"
    )
    row.met = row.met and row.seconds <= COLD_VS_QUO * quo_one
    row.met = row.met and row.seconds <= COLD_VS_FLOOR * floor_one.seconds
    rows.append(row)

    say(f"cold pass, {ALL} ...")
    row = cold_row(harness, project, PYTHONS, scripts, reference, quo_all, floor_all)
    row.target = f"<= {COLD3_VS_FLOOR}x floor; every run, pages as the status quo's"
    row.met = row.met and row.seconds <= COLD3_VS_FLOOR * floor_all.seconds
    kinds_found = sidecar_kinds(project, pages)
    wanted = {"same": len(scripts) * (len(PYTHONS) - 1)} if same_everywhere else None
    row.notes.append(f"other Pythons in the sidecars: {dict(kinds_found)}")
    if wanted is not None and dict(kinds_found) != wanted:
        row.met = False
        row.notes.append(f"expected {wanted}: the status quo's pages are the same on every Python")
    rows.append(row)
    cold_pages = page_texts(project)

    say("warm pass, three times ...")
    at = load()
    warms = [harness.motw(project, "cog") for _ in range(REPEATS)]
    processes = harness.processes(project, "cog")
    warm = statistics.median(step.seconds for step in warms)
    runs = sum((step.runs for step in warms), Runs())
    said = [step.report["ran"] for step in warms]  # type: ignore[index]
    rows.append(Row(
        "warm pass (nothing changed)", warm, ALL,
        f"spawns nothing, <= {STARTUPS} x python -c pass ({startups:.2f} s)",
        met=(
            all(ok(step) and not step.report["changed"] for step in warms)  # type: ignore[index]
            and not runs and processes == 0 and not any(said)
            and page_texts(project) == cold_pages and warm <= startups
        ),
        runs=runs.total(), ran=max(said), load=at,
        notes=[
            f"runs {', '.join(f'{step.seconds:.3f}' for step in warms)} s; "
            f"processes started by the pass itself (audit hook, extra run): {processes}"
        ],
    ))

    say("check on the fresh site, three times ...")
    at = load()
    checks = [harness.motw(project, "check") for _ in range(REPEATS)]
    processes = harness.processes(project, "check")
    check = statistics.median(step.seconds for step in checks)
    runs = sum((step.runs for step in checks), Runs())
    rows.append(Row(
        "check (fresh site)", check, ALL, f"passes, spawns nothing, < {CHECK_BUDGET:g} s",
        met=(
            all(ok(step) and not step.report["stale"] for step in checks)  # type: ignore[index]
            and not runs and processes == 0 and check < CHECK_BUDGET
        ),
        runs=runs.total(), ran=max(step.report["ran"] for step in checks),  # type: ignore[index]
        load=at,
        notes=[
            f"runs {', '.join(f'{step.seconds:.3f}' for step in checks)} s; "
            f"processes started by the check itself: {processes}"
        ],
    ))

    chain_page, edited, checked = pick_edits(pages)
    chain = list(chain_page.chain)
    corpus.edit_payload(project, chain[0])
    say(f"edited {chain[0].name} (creates {corpus.SHARED} for a chain of {len(chain)}) ...")
    wanted_runs = expected(chain, PYTHONS)
    rows.append(edit_row(
        harness, project, f"first script of a chain of {len(chain)} edited", wanted_runs,
        chain_page.path, corpus.EDIT_MARK, cold_pages,
    ))
    after = page_texts(project)

    corpus.edit_output(project, edited)
    where = "a stateful page" if any(p.chain for p in pages if p.chapter == edited.chapter) else "a stateless page"
    say(f"edited {edited.name} (independent, on {where}) ...")
    page = f"docs/{edited.chapter}/index.rst"
    rows.append(edit_row(
        harness, project, "one independent script edited", expected([edited], PYTHONS),
        page, "edited by the bench", after,
    ))
    rows[-1].notes.append(f"{edited.name}, on {where}")
    after = page_texts(project)

    corpus.edit_output(project, checked)
    stale_page = f"docs/{checked.chapter}/index.rst"
    allowed = expected(next(p for p in pages if p.chapter == checked.chapter).scripts, PYTHONS)
    say(f"edited {checked.name}; check ...")
    at = load()
    step = harness.motw(project, "check")
    report = step.report or {}
    rows.append(Row(
        "check after another edit", step.seconds, ALL,
        "fails naming the page, runs at most that page's scripts, writes nothing",
        met=(
            step.status == 1 and report.get("status") == 1 and report.get("stale") == [stale_page]
            and all(key in allowed for key in step.runs) and page_texts(project) == after
        ),
        runs=step.runs.total(), ran=report.get("ran"), load=at,
        notes=[
            f"status {step.status}; stale: {', '.join(report.get('stale', [])) or 'none'}; "
            f"started: {describe(step.runs)}"
        ],
    ))

    rows.append(Row(f"{STARTUPS} x python -c pass (median of {REPEATS})", startups, ALL))
    for name, basis, low in (("physical floor, " + PRIMARY, ONE, floor_one),
                             ("physical floor, " + ALL, ALL, floor_all)):
        rows.append(Row(name, low.seconds, basis, notes=[
            f"longest run {low.longest:.2f} s; CPU {low.cpu:.1f} s of {low.runs} runs "
            f"/ {low.cores} core(s) = {low.cpu / low.cores:.2f} s"
        ]))
    facts = {
        "chapters": len(pages),
        "scripts": len(scripts),
        "kinds": dict(kinds),
        "stateful_pages": len(chains),
        "chain_lengths": dict(sorted(collections.Counter(chains).items())),
        "pythons": {v: harness.pythons[v] for v in PYTHONS},
        "jobs": args.jobs,
        "cores": n,
        "python_running_motw": platform.python_version(),
        "status_quo": {v: q.seconds for v, q in quos.items()},
        "status_quo_pages_same_on_every_python": same_everywhere,
        "floor": {ONE: dataclasses.asdict(floor_one), ALL: dataclasses.asdict(floor_all)},
        "references": {ONE: [quo_one, floor_one.seconds], ALL: [quo_all, floor_all.seconds]},
        "startups": startups,
        "edits": {"chain": [s.name for s in chain], "independent": edited.name,
                  "checked": checked.name},
        "load_average": [load_at_start, load()],
    }
    return rows, facts


def cold_row(harness: Harness, project: Path, versions: tuple[str, ...], scripts: list[Script],
             reference: dict[str, str], quo: float, low: status_quo.Floor) -> Row:
    at = load()
    step = harness.motw(project, "cog")
    report = step.report or {}
    wanted = expected(scripts, versions)
    pages = page_texts(project)
    differ = [name for name in reference if pages.get(name) != reference[name]]
    extra = step.runs.total() - wanted.total()
    row = Row(
        f"cold pass, {PRIMARY if len(versions) == 1 else ALL} (empty cache)", step.seconds,
        ONE if len(versions) == 1 else ALL,
        met=ok(step) and covers(step.runs, wanted) and not differ
        and report.get("transcripts") == wanted.total(),
        runs=step.runs.total(), ran=report.get("ran"), load=at,
    )
    row.notes.append(
        f"{wanted.total()} runs wanted, {step.runs.total()} started "
        f"({extra} more: speculative or repeated); the report says {report.get('ran')} ran, "
        f"{report.get('transcripts')} transcripts; status {step.status}"
    )
    missing = wanted - step.runs
    if missing:
        row.notes.append(f"never started: {describe(missing)}")
    if differ:
        row.notes.append(f"{len(differ)} page(s) differ from the status quo's, e.g. {differ[0]}")
    if report.get("errors"):
        row.notes.append(f"errors: {report['errors'][:3]}")
    return row


def edit_row(harness: Harness, project: Path, name: str, wanted: Runs, page: str, mark: str,
             before: dict[str, str]) -> Row:
    at = load()
    step = harness.motw(project, "cog")
    report = step.report or {}
    after = page_texts(project)
    changed = sorted(p for p in after if after[p] != before.get(p))
    row = Row(
        name, step.seconds, ALL,
        f"exactly {wanted.total()} runs ({len(wanted) // len(PYTHONS)} x {len(PYTHONS)} Pythons), "
        "only its page rewritten",
        met=ok(step) and step.runs == wanted and report.get("ran") == wanted.total()
        and report.get("changed") == [page] and changed == [page] and mark in after[page],
        runs=step.runs.total(), ran=report.get("ran"), load=at,
    )
    row.notes.append(f"started: {describe(step.runs)}")
    unwanted = step.runs - wanted
    if unwanted:
        row.notes.append(f"not wanted: {describe(unwanted)}")
    if wanted - step.runs:
        row.notes.append(f"wanted, not started: {describe(wanted - step.runs)}")
    row.notes.append(f"pages rewritten (report): {', '.join(report.get('changed', [])) or 'none'}")
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
        f"{'runs':>5}  {'ran':>5}  {'load':>5}  met  target"
    ]
    for row in rows:
        quo, low = ratios(row, facts)
        met = "-" if row.met is None else ("yes" if row.met else "NO")
        runs = "" if row.runs is None else str(row.runs)
        ran = "" if row.ran is None else str(row.ran)
        load_shown = f"{row.load:.1f}" if row.load else ""
        lines.append(
            f"{row.name:<{width}}  {row.basis:<{basis}}  {row.seconds:>8.3f}  {quo:>6.3f}  "
            f"{low:>7.2f}  {runs:>5}  {ran:>5}  {load_shown:>5}  {met:<3}  {row.target}".rstrip()
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
        "runs: started, from the scripts' spawn log; ran: the pass's JSON report; "
        "basis: the status quo and floor of the ratios"
    )
    return "\n".join(lines)


def as_json(rows: list[Row], facts: dict) -> dict:
    out = []
    for row in rows:
        quo, low = ratios(row, facts)
        out.append({**dataclasses.asdict(row), "x_status_quo": quo, "x_floor": low})
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
        rows, facts = run(args)
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
