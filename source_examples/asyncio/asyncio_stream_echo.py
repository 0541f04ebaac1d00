#!/usr/bin/env python3
# encoding: utf-8
"""An echo server and its client, both built on streams."""

#end_pymotw_header
import asyncio


async def handle_echo(reader, writer):
    # Called in a new task for every client that connects.
    while line := await reader.readline():
        print(f'server: received {line!r}')
        writer.write(line)
        await writer.drain()
    print('server: end of input, closing connection')
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    host, port = server.sockets[0].getsockname()
    print(f'server: listening on {host}')

    reader, writer = await asyncio.open_connection(host, port)
    for text in ['Hello, world!', 'How are you?']:
        writer.write(text.encode() + b'\n')
        await writer.drain()
        echo = await reader.readline()
        print(f'client: echo {echo!r}')

    writer.write_eof()  # "I am done sending"
    rest = await reader.read()  # read until the server closes
    print(f'client: connection closed by server, rest={rest!r}')
    writer.close()
    await writer.wait_closed()

    server.close()
    await server.wait_closed()
    print('server: closed')


asyncio.run(main())
