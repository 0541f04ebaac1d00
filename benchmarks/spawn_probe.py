"""``python spawn_probe.py <motw arguments>``: run ``motw`` in this process
and write to ``$BENCH_PROCESSES`` how many processes it started itself
(any kind: scripts, interpreter probes, helpers), counted by an audit hook.
"""

import atexit
import os
import sys

STARTS = frozenset(
    [
        "subprocess.Popen",
        "os.posix_spawn",
        "os.exec",
        "os.fork",
        "os.forkpty",
        "os.spawn",
        "os.system",
    ]
)
started = []


def hook(event, args):
    if event in STARTS:
        started.append(event)


def report():
    with open(os.environ["BENCH_PROCESSES"], "w") as out:
        out.write(f"{len(started)}\n")


sys.addaudithook(hook)
atexit.register(report)

from motw.cli import main  # noqa: E402  (after the hook: count everything)

sys.exit(main(sys.argv[1:]))
