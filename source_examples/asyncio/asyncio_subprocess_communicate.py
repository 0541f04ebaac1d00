#!/usr/bin/env python3
# encoding: utf-8
"""Send data to a child's standard input and read the answer."""

#end_pymotw_header
import asyncio
import sys

# The child sorts the lines it reads and reports errors on stderr.
CHILD = '''
import sys
lines = sys.stdin.read().splitlines()
sys.stdout.write("\\n".join(sorted(lines)) + "\\n")
sys.stderr.write(f"sorted {len(lines)} lines\\n")
'''


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', CHILD,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    data = b'pear\napple\nfig\n'
    stdout, stderr = await proc.communicate(input=data)
    print('stdout:', stdout.decode().split())
    print('stderr:', stderr.decode().strip())
    print('exit code:', proc.returncode)


asyncio.run(main())
