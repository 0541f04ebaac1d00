#!/usr/bin/env python3
# encoding: utf-8
"""The order in which the loop calls a Protocol's methods."""

#end_pymotw_header
import asyncio


class Traced(asyncio.Protocol):
    """Records every callback; the two sides run interleaved."""

    def __init__(self, log):
        self.log = log

    def connection_made(self, transport):
        self.log.append('connection_made()')
        self.transport = transport

    def data_received(self, data):
        self.log.append(f'data_received({data!r})')

    def eof_received(self):
        self.log.append('eof_received()')
        # Returning a false value lets the transport close itself.

    def connection_lost(self, exc):
        self.log.append(f'connection_lost({exc!r})')


class Upper(Traced):
    def data_received(self, data):
        super().data_received(data)
        self.transport.write(data.upper())


class Client(Traced):
    def __init__(self, log, done):
        super().__init__(log)
        self.done = done

    def connection_made(self, transport):
        super().connection_made(transport)
        transport.write(b'ping')
        transport.write_eof()

    def connection_lost(self, exc):
        super().connection_lost(exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server_log, client_log = [], []
    server = await loop.create_server(
        lambda: Upper(server_log), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    done = loop.create_future()
    await loop.create_connection(
        lambda: Client(client_log, done), '127.0.0.1', port)
    await done
    server.close()
    await server.wait_closed()

    for name, log in [('server', server_log), ('client', client_log)]:
        print(f'{name}:')
        for entry in log:
            print(f'  {entry}')


asyncio.run(main())
