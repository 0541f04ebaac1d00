"""The benchmark (benchmarks/): its corpus, its edits, and a tiny run end to end.

The timing targets are not checked here (a tiny corpus is all start-up
cost, on whatever machine runs the tests); what each step runs and
writes, counted by the scripts themselves, is.
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench  # noqa: E402
import corpus  # noqa: E402
import harness  # noqa: E402
import status_quo  # noqa: E402

P = corpus.PYTHONS[0]  # the primary
N = len(corpus.PYTHONS)
TARGETS = (
    f"cold pass, {P} (empty cache)",
    f"cold pass, {N} Pythons (empty cache)",
    "warm pass (nothing changed)",
    "check (fresh site)",
    "one independent script edited",
    "check after another edit",
)
REFERENCES = (
    f"status quo, {P} (sequential cogapp)",
    f"status quo, {N} Pythons (one cogapp run each)",
    "10 x python -c pass (median of 3)",
    f"physical floor, {P}",
    f"physical floor, {N} Pythons",
)


def test_corpus_is_seeded_and_shaped_as_specified():
    pages = corpus.plan(200, 1000)
    assert pages == corpus.plan(200, 1000)
    assert pages != corpus.plan(200, 1000, seed=1)
    scripts = corpus.scripts_of(pages)
    assert len(pages) == 200 and len(scripts) == 1000
    assert len({s.name for s in scripts}) == 1000
    kinds = collections.Counter(s.kind for s in scripts)
    assert kinds == {"print": 700, "sleep": 200, "cpu": 100}
    assert all(3 <= len(page.scripts) <= 8 for page in pages)
    stateful = [page for page in pages if page.chain]
    assert len(stateful) == 50  # a quarter
    for page in stateful:
        assert 3 <= len(page.chain) <= 6
        assert page.chain[0].role == "creates"
        assert all(s.role in corpus.LATER_ROLES for s in page.chain[1:])
        assert page.scripts.index(page.chain[0]) == min(page.scripts.index(s) for s in page.chain)
    assert {len(page.chain) for page in stateful} == {3, 4, 5, 6}
    # Independent scripts sit between the members of some chains.
    assert any(
        s.role == "independent"
        for page in stateful
        for s in page.scripts[
            page.scripts.index(page.chain[0]) : page.scripts.index(page.chain[-1])
        ]
    )


@pytest.mark.parametrize(
    ("chapters", "examples", "problem"),
    [(2, 10, "at least 3 chapters"), (3, 8, "3 to 8 examples"), (3, 25, "3 to 8 examples")],
)
def test_impossible_sizes_are_refused(chapters, examples, problem):
    with pytest.raises(corpus.CorpusError, match=problem):
        corpus.plan(chapters, examples)
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "bench.py"),
            "--chapters",
            str(chapters),
            "--examples",
            str(examples),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert problem in done.stderr


def run_python(folder: Path, script: corpus.Script) -> str:
    done = subprocess.run(
        [sys.executable, script.name], cwd=folder, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_a_chain_shares_its_file_and_the_edits_change_what_they_should(tmp_path):
    pages = corpus.plan(4, 20)
    page = next(page for page in pages if page.chain)
    log = tmp_path / "spawned.log"
    project = tmp_path / "project"
    corpus.write(project, pages, log)
    folder = project / "source_examples" / page.chapter
    outputs = {s.name: run_python(folder, s) for s in page.scripts}
    shared = (folder / corpus.SHARED).read_text().splitlines()
    appenders = [s for s in page.chain if "append" in s.role]
    assert shared[0].startswith("seed: ")
    assert shared[1:] == [f"{s.name} was here" for s in appenders]
    readers = [s for s in page.chain if "read" in s.role]
    for reader in readers:
        assert f"first: {shared[0]}\n" in outputs[reader.name]
    assert harness.SpawnLog(log).since(0) == bench.expected(
        list(page.scripts), (f"{sys.version_info[0]}.{sys.version_info[1]}",)
    )

    corpus.edit_payload(project, page.chain[0])
    assert corpus.EDIT_MARK in run_python(folder, page.chain[0])
    assert (folder / corpus.SHARED).read_text().startswith(f"{shared[0]}{corpus.EDIT_MARK}\n")
    with pytest.raises(ValueError, match="creates no shared file"):
        corpus.edit_payload(project, page.chain[1])

    independent = next(s for s in corpus.scripts_of(pages) if s.role == "independent")
    folder = project / "source_examples" / independent.chapter
    before = run_python(folder, independent)
    corpus.edit_output(project, independent)
    assert run_python(folder, independent) == before + corpus.OUTPUT_MARK + "\n"


def test_edits_are_picked_on_three_pages():
    pages = corpus.plan(200, 1000)
    chain_page, edited, checked = bench.pick_edits(pages)
    assert len(chain_page.chain) >= 4 and bench.interleaved(chain_page)
    assert edited.role == checked.role == "independent"
    assert len({chain_page.chapter, edited.chapter, checked.chapter}) == 3
    # The independent edit sits in a stateful page, after its chain began.
    home = next(page for page in pages if page.chapter == edited.chapter)
    assert home.chain
    assert home.scripts.index(edited) > home.scripts.index(home.chain[0])


def test_floor_is_the_longest_run_or_the_cpu_over_the_cores():
    runs = [{"wall": 0.5, "cpu": 0.1}, {"wall": 0.2, "cpu": 0.3}, {"wall": 0.1, "cpu": 0.2}]
    assert status_quo.floor(runs, 2).seconds == pytest.approx(0.5)  # the longest run
    assert status_quo.floor(runs, 1).seconds == pytest.approx(0.6)  # the CPU
    assert status_quo.floor(runs, 1).runs == 3


def test_a_row_is_met_only_when_correct_and_in_time():
    row = bench.Row("step", 1.0, bench.ALL, correct=True, fast=False)
    assert (row.met, row.verdict) == (False, "NO (time)")
    row.fast = True
    assert (row.met, row.verdict) == (True, "yes")
    row.correct = False
    assert (row.met, row.verdict) == (False, "NO")
    assert bench.Row("reference", 1.0, bench.ALL).verdict == "-"
    wanted = bench.expected([corpus.Script("c", "a.py", "print")], ("3.13", "3.12"))
    assert bench.covers(wanted + wanted, wanted)
    assert not bench.covers(harness.Runs({("a.py", "3.13"): 1}), wanted)


def test_a_missing_interpreter_is_named(tmp_path):
    with pytest.raises(harness.BenchError, match=r"\.venvs/3\.13/bin/python.*make venv"):
        harness.interpreters(("3.13",), tmp_path)


@pytest.mark.slow
def test_tiny_bench_end_to_end(tmp_path):
    missing = [v for v in corpus.PYTHONS if not (harness.REPO / ".venvs" / v).is_dir()]
    if missing:
        pytest.skip(f".venvs/{', '.join(missing)} missing: run 'make venv'")
    out, report = tmp_path / "work", tmp_path / "bench.json"
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "bench.py"),
            "--chapters",
            "3",
            "--examples",
            "12",
            "--out",
            str(out),
            "--json",
            str(report),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    data = json.loads(report.read_text())
    rows = {row["name"]: row for row in data["rows"]}
    # 1 is a missed time target, expected on a tiny corpus; nothing else may miss.
    assert done.returncode in (0, 1), done.stdout + done.stderr
    missed = [row for row in rows.values() if row["met"] is False]
    assert bool(missed) == (done.returncode == 1)
    assert all(row["correct"] for row in missed), missed

    chain = data["facts"]["edits"]["chain"]
    chain_row = f"first script of a chain of {len(chain)} edited"
    assert set(rows) == {*TARGETS, *REFERENCES, chain_row}
    for name in REFERENCES:
        assert rows[name]["met"] is None and rows[name]["seconds"] > 0
    for name in (*TARGETS, chain_row):
        assert rows[name]["correct"] is True, rows[name]
        assert rows[name]["target"] and rows[name]["seconds"] > 0
        assert rows[name]["x_floor"] == pytest.approx(
            rows[name]["seconds"] / data["facts"]["references"][rows[name]["basis"]][1]
        )
    for name in chain_row, "one independent script edited":
        assert rows[name]["met"] is True  # no time target: counts only
    # What each step started, as the scripts counted it.
    assert rows[f"status quo, {P} (sequential cogapp)"]["runs"] == 12
    assert rows[f"status quo, {N} Pythons (one cogapp run each)"]["runs"] == 12 * N
    assert rows[f"cold pass, {P} (empty cache)"]["runs"] >= 12
    assert rows[f"cold pass, {N} Pythons (empty cache)"]["runs"] >= 12 * N
    assert rows["warm pass (nothing changed)"]["runs"] == 0
    assert rows["check (fresh site)"]["runs"] == 0
    assert rows[chain_row]["runs"] == rows[chain_row]["ran"] == N * len(chain)
    assert rows["one independent script edited"]["runs"] == N
    assert rows["check after another edit"]["runs"] <= N * 8
    assert data["facts"]["status_quo_pages_same_on_every_python"]
    assert "missed" not in done.stderr or done.returncode == 1
    for name in rows:
        assert name in done.stdout  # the table
    assert not out.exists()  # removed without --keep
