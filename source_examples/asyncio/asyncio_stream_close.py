#!/usr/bin/env python3
# encoding: utf-8
"""Seeing the other side close, and closing a writer and a server."""

#end_pymotw_header
import asyncio


async def say_goodbye(reader, writer):
    writer.write(b'Goodbye!\n')
    await writer.drain()
    writer.close()  # start closing; the data above is still sent
    await writer.wait_closed()  # wait until the socket is closed


async def main():
    server = await asyncio.start_server(say_goodbye, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print('serving:', server.is_serving())
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        print('line 1:', await reader.readline())
        print('line 2:', await reader.readline())  # b'' at end of file
        print('at_eof:', reader.at_eof())
        print('read():', await reader.read())

        print('closing before close():', writer.is_closing())
        writer.close()
        print('closing after close():', writer.is_closing())
        await writer.wait_closed()
    # Leaving the "async with" block closed the server.
    print('serving:', server.is_serving())


asyncio.run(main())
