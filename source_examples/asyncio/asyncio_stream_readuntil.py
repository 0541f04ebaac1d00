#!/usr/bin/env python3
# encoding: utf-8
"""Records ending with a separator, read with readuntil()."""

#end_pymotw_header
import asyncio


async def send_records(reader, writer):
    writer.write(b'fig;banana;elderberry;no separator')
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def read_records(port, limit):
    print(f'reading with limit={limit}')
    # limit caps how much readuntil() and readline() will buffer.
    reader, writer = await asyncio.open_connection(
        '127.0.0.1', port, limit=limit)
    try:
        while True:
            record = await reader.readuntil(b';')
            print(f'  record: {record!r}')
    except asyncio.IncompleteReadError as exc:
        print(f'  end of stream, partial={exc.partial!r}')
    except asyncio.LimitOverrunError:
        print('  LimitOverrunError: record is longer than the limit')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_records, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    await read_records(port, limit=2**16)  # the default
    await read_records(port, limit=8)
    server.close()
    await server.wait_closed()


asyncio.run(main())
