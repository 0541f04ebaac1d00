#!/usr/bin/env python3
# encoding: utf-8
"""Streams over a Unix domain socket, a file in the file system."""

#end_pymotw_header
import asyncio
import pathlib
import tempfile


async def shout(reader, writer):
    peer = writer.get_extra_info('peername')
    print(f'server: client address {peer!r}')
    line = await reader.readline()
    writer.write(line.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main(path):
    server = await asyncio.start_unix_server(shout, path)
    print(f'server: listening on {path.name}, a socket? {path.is_socket()}')

    reader, writer = await asyncio.open_unix_connection(path)
    writer.write(b'quiet please\n')
    print('client: got', await reader.readline())
    writer.close()
    await writer.wait_closed()

    server.close()
    await server.wait_closed()
    print('socket file left behind?', path.exists())


with tempfile.TemporaryDirectory() as tmp:
    asyncio.run(main(pathlib.Path(tmp) / 'shout.sock'))
