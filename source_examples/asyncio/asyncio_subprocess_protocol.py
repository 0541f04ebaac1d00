#!/usr/bin/env python3
# encoding: utf-8
"""Talk to a child process through a SubprocessProtocol."""

#end_pymotw_header
import asyncio
import sys

CHILD = 'import sys; print("out"); print("err", file=sys.stderr); exit(5)'


class CollectOutput(asyncio.SubprocessProtocol):

    def __init__(self, done):
        self.done = done
        self.output = {1: bytearray(), 2: bytearray()}

    def connection_made(self, transport):
        print('connection_made: child started')

    def pipe_data_received(self, fd, data):
        self.output[fd].extend(data)

    def process_exited(self):
        print('process_exited')

    def connection_lost(self, exc):
        print('connection_lost: all pipes closed')
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.subprocess_exec(
        lambda: CollectOutput(done),
        sys.executable, '-c', CHILD,
        stdin=asyncio.subprocess.DEVNULL,
    )
    await done
    print('stdout:', bytes(protocol.output[1]))
    print('stderr:', bytes(protocol.output[2]))
    print('exit code:', transport.get_returncode())
    transport.close()


asyncio.run(main())
