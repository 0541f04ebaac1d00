#!/usr/bin/env python3
# encoding: utf-8
"""Read a child's output line by line while it is still running."""

#end_pymotw_header
import asyncio
import sys

# The child reports progress slowly, one line at a time.
CHILD = '''
import time
for step in range(1, 4):
    print(f"step {step} done", flush=True)
    time.sleep(0.1)
print("finished")
'''


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', CHILD,
        stdout=asyncio.subprocess.PIPE,
    )
    async for line in proc.stdout:
        print('parent read:', line.decode().rstrip())
    await proc.wait()
    print('exit code:', proc.returncode)


asyncio.run(main())
