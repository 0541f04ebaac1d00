#!/usr/bin/env python3
# encoding: utf-8
"""Buffering in data_received() to rebuild lines from any chunks."""

#end_pymotw_header
import asyncio

PIECES = [b'first li', b'ne\nsecond line\nthi', b'rd line\nno newline']


class LineReceiver(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.buffer = b''

    def data_received(self, data):
        # Chunks follow no message boundaries: keep the tail that
        # has no newline yet and wait for more.
        self.buffer += data
        *lines, self.buffer = self.buffer.split(b'\n')
        for line in lines:
            print(f'line: {line!r}')

    def eof_received(self):
        if self.buffer:
            print(f'incomplete line at EOF: {self.buffer!r}')

    def connection_lost(self, exc):
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    server = await loop.create_server(
        lambda: LineReceiver(done), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    # A client needs a protocol too; the base class ignores events.
    transport, _ = await loop.create_connection(
        asyncio.Protocol, '127.0.0.1', port)
    for piece in PIECES:
        transport.write(piece)
        await asyncio.sleep(0.01)  # let each piece travel separately
    transport.close()

    await done
    server.close()
    await server.wait_closed()


asyncio.run(main())
