#!/usr/bin/env python3
# encoding: utf-8
"""One server answering several clients at the same time."""

#end_pymotw_header
import asyncio


async def handle_request(reader, writer):
    # Each connection runs in its own task, so a slow request
    # does not hold up the others.
    name, delay = (await reader.readline()).decode().split()
    await asyncio.sleep(float(delay))
    print(f'server: answering {name} after {delay}s')
    writer.write(f'hello {name}\n'.encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, delay):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f'{name} {delay}\n'.encode())
    await writer.drain()
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return name, reply.decode().strip()


async def main():
    server = await asyncio.start_server(handle_request, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(
            client(port, 'alice', 0.3),
            client(port, 'bob', 0.2),
            client(port, 'carol', 0.1),
        )
    # gather() returns the results in the order the calls were given.
    for name, reply in results:
        print(f'{name} got {reply!r}')


asyncio.run(main())
