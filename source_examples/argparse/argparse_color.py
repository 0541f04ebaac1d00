#!/usr/bin/env python3
# encoding: utf-8
"""The colour codes argparse writes to a terminal (3.14+)."""

#end_pymotw_header
import argparse
import contextlib
import io
import os
import re

# Colour as if writing to a terminal; PYTHON_COLORS=1 beats NO_COLOR.
os.environ['PYTHON_COLORS'] = '1'


def show(text):
    """Print text with each escape sequence ESC[...m written as <...>."""
    print(re.sub(r'\x1b\[([0-9;]*)m', r'<\1>', text), end='')


for color in (True, False):
    print(f'color={color}:')
    parser = argparse.ArgumentParser(prog='greet', color=color)
    parser.add_argument('--name', default='world')
    show(parser.format_usage())
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.suppress(SystemExit):
        parser.parse_args(['--name'])
    show(errors.getvalue().splitlines(keepends=True)[-1])
