#!/usr/bin/env python3
# encoding: utf-8
"""Start a program and collect its output with a pipe."""

#end_pymotw_header
import asyncio
import sys

CHILD = 'print("child says hello"); print(3 * 14)'


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', CHILD,
        stdout=asyncio.subprocess.PIPE,
    )
    print('child started')
    stdout, _ = await proc.communicate()
    print('exit code:', proc.returncode)
    for line in stdout.decode().splitlines():
        print('child output:', line)


asyncio.run(main())
