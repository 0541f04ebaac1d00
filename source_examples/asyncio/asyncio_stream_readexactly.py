#!/usr/bin/env python3
# encoding: utf-8
"""Length-prefixed messages read with readexactly()."""

#end_pymotw_header
import asyncio


def frame(payload):
    # A two-byte big-endian length, then the payload itself.
    return len(payload).to_bytes(2, 'big') + payload


async def send_messages(reader, writer):
    for payload in [b'first', b'', b'line one\nline two']:
        writer.write(frame(payload))
    # Announce 10 bytes but send only 4, then hang up.
    writer.write((10).to_bytes(2, 'big') + b'oops')
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_messages, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    try:
        while True:
            header = await reader.readexactly(2)
            size = int.from_bytes(header, 'big')
            payload = await reader.readexactly(size)
            print(f'{size:2} bytes: {payload!r}')
    except asyncio.IncompleteReadError as exc:
        print(f'stream ended: expected {exc.expected} bytes,'
              f' got {exc.partial!r}')
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
