#!/usr/bin/env python3
# encoding: utf-8
"""Send what print() writes to another stream."""

#end_pymotw_header
import io
import sys
from contextlib import redirect_stderr, redirect_stdout


def chatty():
    print('progress: 50%')
    print('warning: disk almost full', file=sys.stderr)
    print('progress: 100%')


out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out), redirect_stderr(err):
    chatty()

print('captured stdout:', out.getvalue().splitlines())
print('captured stderr:', err.getvalue().splitlines())
print('sys.stdout restored:', sys.stdout is sys.__stdout__)
