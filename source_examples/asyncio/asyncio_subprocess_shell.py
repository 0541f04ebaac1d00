#!/usr/bin/env python3
# encoding: utf-8
"""Let the shell expand variables, build a pipeline, and exit."""

#end_pymotw_header
import asyncio
import os
import shlex
import sys

SHOUT = 'import sys; print(sys.stdin.read().upper(), end="")'
COMMAND = (
    f'echo "$GREETING" | {shlex.quote(sys.executable)} -c '
    f'{shlex.quote(SHOUT)}; exit 3'
)


async def main():
    proc = await asyncio.create_subprocess_shell(
        COMMAND,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, 'GREETING': 'hello from the shell'},
    )
    stdout, _ = await proc.communicate()
    print('output:', stdout.decode().rstrip())
    print('exit code:', proc.returncode)


asyncio.run(main())
