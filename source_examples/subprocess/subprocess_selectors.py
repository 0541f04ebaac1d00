#!/usr/bin/env python3
# encoding: utf-8
"""Reading a child's stdout and stderr as lines arrive, with selectors."""

#end_pymotw_header
import selectors
import subprocess
import sys

# The child reports progress on stderr and results on stdout, and
# waits for a go-ahead on stdin before each line, so that the order in
# which the lines arrive is the same on every run.
child_code = (
    'import sys\n'
    'for n in range(1, 4):\n'
    '    sys.stdin.readline()\n'
    '    print(f"working on part {n}", file=sys.stderr, flush=True)\n'
    '    sys.stdin.readline()\n'
    '    print(f"part {n}: {n * n}", flush=True)\n'
)

proc = subprocess.Popen(
    [sys.executable, '-c', child_code],
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    stderr=subprocess.PIPE,
    text=True,
)
selector = selectors.DefaultSelector()
selector.register(proc.stdout, selectors.EVENT_READ, 'out')
selector.register(proc.stderr, selectors.EVENT_READ, 'err')


def go_ahead():
    if not proc.stdin.closed:
        proc.stdin.write('\n')
        proc.stdin.flush()


go_ahead()
open_streams = 2
while open_streams:
    for key, _ in selector.select():
        line = key.fileobj.readline()
        if not line:  # end of file: the child closed this stream
            selector.unregister(key.fileobj)
            open_streams -= 1
            proc.stdin.close()
            continue
        print(f'{key.data}: {line.rstrip()}')
        go_ahead()
selector.close()
print('exit status:', proc.wait())
proc.stdout.close()
proc.stderr.close()
