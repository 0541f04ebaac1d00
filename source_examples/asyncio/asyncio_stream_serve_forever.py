#!/usr/bin/env python3
# encoding: utf-8
"""A server that runs until it is cancelled, with serve_forever()."""

#end_pymotw_header
import asyncio


async def greet(reader, writer):
    name = (await reader.readline()).decode().strip()
    writer.write(f'hello {name}\n'.encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def serve(ready):
    server = await asyncio.start_server(greet, '127.0.0.1', 0)
    ready.set_result(server)
    async with server:
        try:
            await server.serve_forever()
        except asyncio.CancelledError:
            print('server: cancelled, closing the listening socket')
            raise


async def ask(port, name):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f'{name}\n'.encode())
    answer = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return answer.decode().strip()


async def main():
    ready = asyncio.get_running_loop().create_future()
    server_task = asyncio.create_task(serve(ready))
    server = await ready
    port = server.sockets[0].getsockname()[1]
    for name in ['ann', 'bob']:
        print('client:', await ask(port, name))

    server_task.cancel()  # what Ctrl+C does to the main task in run()
    try:
        await server_task
    except asyncio.CancelledError:
        print('main: server task cancelled')
    print('still serving?', server.is_serving())


asyncio.run(main())
