#!/usr/bin/env python3
# encoding: utf-8
"""Flow control: drain() waits while the write buffer is too full."""

#end_pymotw_header
import asyncio

CHUNK = b'x' * 65536


async def count_bytes(reader, writer):
    total = 0
    while data := await reader.read(65536):
        total += len(data)
        await asyncio.sleep(0.001)  # a slow consumer
    writer.write(f'{total}\n'.encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(count_bytes, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)

    low, high = writer.transport.get_write_buffer_limits()
    print(f'write buffer limits: low={low} high={high}')
    for _ in range(16):
        writer.write(CHUNK)
        # Returns at once unless the buffer is above the high mark;
        # then it waits until the buffer falls below the low mark.
        await writer.drain()
    print(f'client: sent {16 * len(CHUNK)} bytes')
    writer.write_eof()

    reply = await reader.readline()
    print(f'server: counted {int(reply)} bytes')
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
