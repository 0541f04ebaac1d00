#!/usr/bin/env python3
# encoding: utf-8
"""BufferedProtocol: the loop reads straight into our own buffer."""

#end_pymotw_header
import asyncio
import hashlib


class Checksummer(asyncio.BufferedProtocol):
    def __init__(self, done):
        self.done = done
        self.buffer = bytearray(16384)  # allocated once, reused
        self.digest = hashlib.sha256()
        self.total = 0

    def get_buffer(self, sizehint):
        # Hand the loop some memory to receive into.
        return self.buffer

    def buffer_updated(self, nbytes):
        # The first nbytes of our buffer now hold fresh data.
        self.digest.update(memoryview(self.buffer)[:nbytes])
        self.total += nbytes

    def eof_received(self):
        self.done.set_result((self.total, self.digest.hexdigest()))


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    server = await loop.create_server(
        lambda: Checksummer(done), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    payload = bytes(range(256)) * 4096  # 1 MiB
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(payload)
    writer.write_eof()
    await writer.drain()

    total, digest = await done
    print(f'server received {total} bytes')
    print('checksum matches:', digest == hashlib.sha256(payload).hexdigest())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
