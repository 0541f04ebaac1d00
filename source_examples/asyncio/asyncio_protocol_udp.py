#!/usr/bin/env python3
# encoding: utf-8
"""A UDP echo server and client built on DatagramProtocol."""

#end_pymotw_header
import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def __init__(self):
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport

    def connection_lost(self, exc):
        self.closed.set_result(None)

    def datagram_received(self, data, addr):
        print(f'server: echoing {data!r}')
        self.transport.sendto(data.upper(), addr)


class EchoClient(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()
        self.error = asyncio.get_running_loop().create_future()

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def error_received(self, exc):
        self.error.set_result(exc)


async def main():
    loop = asyncio.get_running_loop()
    server, server_protocol = await loop.create_datagram_endpoint(
        EchoServer, local_addr=('127.0.0.1', 0))
    port = server.get_extra_info('sockname')[1]

    client, protocol = await loop.create_datagram_endpoint(
        EchoClient, remote_addr=('127.0.0.1', port))
    for message in [b'one', b'two', b'three']:
        client.sendto(message)
        # UDP may lose datagrams, so never wait forever for a reply.
        reply = await asyncio.wait_for(protocol.replies.get(), 1)
        print(f'client: got {reply!r}')

    server.close()
    await server_protocol.closed
    client.sendto(b'anyone there?')  # nobody listens on the port now
    exc = await asyncio.wait_for(protocol.error, 1)
    print(f'client: error_received({type(exc).__name__})')
    client.close()


asyncio.run(main())
