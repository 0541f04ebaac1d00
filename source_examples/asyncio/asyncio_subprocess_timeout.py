#!/usr/bin/env python3
# encoding: utf-8
"""Give a child a time limit, and kill it when the time is up."""

#end_pymotw_header
import asyncio
import sys

# The child reports that it has started, then hangs.
CHILD = '''
import time
print("ready", flush=True)
time.sleep(60)
print("finally done")
'''


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', CHILD,
        stdout=asyncio.subprocess.PIPE,
    )
    first = await proc.stdout.readline()
    print('child says:', first.decode().strip())
    try:
        async with asyncio.timeout(0.5):
            await proc.communicate()
    except TimeoutError:
        print('no answer after 0.5 seconds, killing the child')
        proc.kill()
        await proc.wait()  # go on only once the child has ended
    print('return code:', proc.returncode)


asyncio.run(main())
