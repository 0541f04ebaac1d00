"""Each line a script prints reaches its transcript whole.

The fixed environment makes output unbuffered (``PYTHONUNBUFFERED=1``),
so standard error keeps its place among the lines of standard output;
unbuffered, ``print()`` writes the text and then its newline, and the
lines of processes printing at the same moment were cut into each
other.  The module every run starts makes both streams line-buffered
instead: one write a line, which a pipe keeps whole.
"""

from __future__ import annotations

import re

import pytest

from motw import run_script

WRITERS = """\
import multiprocessing, sys

def writer(name, barrier):
    for number in range(1000):
        barrier.wait()  # both print at the same moment
        print(name, number, "out", "." * 30)
        print(name, number, "err", "." * 30, file=sys.stderr)

if __name__ == "__main__":
    barrier = multiprocessing.Barrier(2)
    workers = [multiprocessing.Process(target=writer, args=(name, barrier)) for name in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("done")
"""
LINE = re.compile(r"\t([ab]) (\d+) (out|err) \.{30}")


@pytest.mark.slow
def test_lines_of_processes_printing_at_once_stay_whole(project, cli):
    """Two processes meeting at a barrier before each line, 1,000 lines
    each on standard output and as many on standard error, in ten forced
    passes: every line whole, and each process's lines in its order."""
    project.script("lines", "writers.py", WRITERS)
    page = project.page(
        "lines", "index.rst", "run_script(cog.inFile, 'writers.py', break_lines_at=0)"
    )
    for attempt in range(10):
        status, _, err = cli("cog", "--force")
        assert status == 0, err
        text = page.read_text()
        body = text[text.index("\t$ python3 writers.py\n\t\n") :].split("\n")[2:]
        lines = [line for line in body if line.startswith("\t") and line != "\tdone"]
        broken = [line for line in lines if not LINE.fullmatch(line)]
        assert not broken, f"pass {attempt + 1}: {broken[:5]}"
        assert len(lines) == 4000
        for name in "ab":
            mine = [LINE.fullmatch(line).groups()[1:] for line in lines if line[1] == name]
            assert mine == [(str(n), kind) for n in range(1000) for kind in ("out", "err")]


def test_a_partial_line_waits_for_its_end(tmp_path):
    """What a script that writes part of a line gets: the part waits for
    the rest of its line (or a flush, or the end of the script), so a line
    of standard error written meanwhile comes first; ``flush=True`` keeps
    the order of a terminal."""
    (tmp_path / "partial.py").write_text(
        "import sys\n"
        "print('waiting', end='... ')\n"
        "print('a warning', file=sys.stderr)\n"
        "print('done')\n"
        "print('flushed', end='... ', flush=True)\n"
        "print('another warning', file=sys.stderr)\n"
        "print('done')\n"
    )
    text = run_script(str(tmp_path / "index.rst"), "partial.py")
    assert text.endswith("\ta warning\n\twaiting... done\n\tflushed... another warning\n\tdone\n\n")


def test_a_script_writing_bytes_keeps_its_order(tmp_path):
    """Whole lines written to ``sys.stdout.buffer`` (unbuffered) and to
    ``sys.stdout`` and ``sys.stderr`` come out in the order written."""
    (tmp_path / "mixed.py").write_text(
        "import sys\n"
        "print('text')\n"
        "sys.stdout.buffer.write(b'bytes\\n')\n"
        "print('error', file=sys.stderr)\n"
        "print('text again')\n"
    )
    text = run_script(str(tmp_path / "index.rst"), "mixed.py")
    assert text.endswith("\ttext\n\tbytes\n\terror\n\ttext again\n\n")
