#!/usr/bin/env python3
# encoding: utf-8
"""An echo server and client written as Protocol classes."""

#end_pymotw_header
import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        print(f'server: echoing {data!r}')
        self.transport.write(data)

    def eof_received(self):
        print('server: client sent EOF, closing')
        self.transport.close()


class EchoClient(asyncio.Protocol):
    def __init__(self, message, done):
        self.message = message
        self.done = done  # a future to resolve when the connection ends

    def connection_made(self, transport):
        self.transport = transport
        self.received = b''
        transport.write(self.message)

    def data_received(self, data):
        # TCP may deliver the echo in pieces: collect until complete.
        self.received += data
        if len(self.received) == len(self.message):
            print(f'client: received {self.received!r}')
            self.transport.write_eof()  # no more data from us

    def connection_lost(self, exc):
        print('client: connection closed')
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    done = loop.create_future()
    await loop.create_connection(
        lambda: EchoClient(b'Hello, protocols!', done), '127.0.0.1', port)
    await done  # the callbacks do the work; just wait for the end

    server.close()
    await server.wait_closed()


asyncio.run(main())
