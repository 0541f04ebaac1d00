"""The status quo's ``run_script``: what a plain cogapp run over the pages
did before this project, as sphinxcontrib-paverutils does it.

Each call runs its script at once, in the real example folder (so files
made by earlier blocks are there for later ones), with ``python3`` from
``$BENCH_PYTHON_BIN``, nothing cached.  It returns the transcript in the
layout the pass writes, and appends the run's wall and CPU time to
``$BENCH_RECORD`` (JSON lines), from which the bench takes the physical
floor.  cogapp loads it with ``-I benchmarks -p "from naive import
run_script"``.
"""

import json
import os
import resource
import subprocess
import time


def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_script(input_file, script_name):
    page_dir = os.path.dirname(os.path.abspath(input_file))
    root = os.path.dirname(os.path.dirname(page_dir))
    folder = os.path.join(root, "source_examples", os.path.basename(page_dir))
    command = "python3 " + script_name
    path = os.environ["BENCH_PYTHON_BIN"] + os.pathsep + os.environ.get("PATH", "")
    cpu, wall = _children_cpu(), time.perf_counter()
    done = subprocess.run(
        command,
        shell=True,
        cwd=folder,
        env=dict(os.environ, PATH=path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    wall, cpu = time.perf_counter() - wall, _children_cpu() - cpu
    with open(os.environ["BENCH_RECORD"], "a") as record:
        record.write(json.dumps({"script": script_name, "wall": wall, "cpu": cpu}) + "\n")
    if done.returncode:
        raise RuntimeError(f"{script_name} failed: {done.stdout.decode()!r}")
    lines = ["$ " + command, "", *done.stdout.decode().splitlines()]
    return "\n::\n\n\t" + "\n\t".join(lines) + "\n\n"
