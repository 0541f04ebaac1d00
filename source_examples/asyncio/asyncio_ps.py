#!/usr/bin/env python3
# encoding: utf-8
"""Run python -m asyncio ps and pstree against a running program (3.14+)."""

#end_pymotw_header
import re
import subprocess
import sys


def inspect(command, pid):
    result = subprocess.run(
        [sys.executable, '-m', 'asyncio', command, str(pid)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.splitlines()


def show_columns(table, names):
    """Print some columns of the ps table, found by their headings."""
    header, _rule, *rows = table
    starts = [m.start() for m in re.finditer(r'\S+(?: \S+)*', header)]
    spans = list(zip(starts, starts[1:] + [None], strict=True))
    headings = [header[start:end].strip() for start, end in spans]
    chosen = [spans[headings.index(name)] for name in names]
    cells = [[line[start:end].strip() for start, end in chosen]
             for line in [header] + rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(names))]
    for row in cells:
        line = '  '.join(f'{c:<{w}}' for c, w in zip(row, widths, strict=True))
        print(line.rstrip())


target = subprocess.Popen(
    [sys.executable, 'asyncio_ps_target.py'], stdout=subprocess.PIPE, text=True
)
try:
    print('target says:', target.stdout.readline().strip())
    print('\npython -m asyncio ps PID (three of its seven columns):')
    show_columns(inspect('ps', target.pid),
                 ['task name', 'awaiter name', 'coroutine stack'])
    print('\npython -m asyncio pstree PID (file names shortened):')
    for line in inspect('pstree', target.pid):
        print(re.sub(r'/\S*/', '', line))
finally:
    target.terminate()
    target.wait()
    target.stdout.close()
