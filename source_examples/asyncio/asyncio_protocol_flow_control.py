#!/usr/bin/env python3
# encoding: utf-8
"""pause_writing() and resume_writing(): a protocol's brake on writing."""

#end_pymotw_header
import asyncio
import socket

KERNEL_BUFFER = 32 * 1024  # keep the operating system's buffers small


class Counter(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = 0

    def data_received(self, data):
        self.received += len(data)

    def eof_received(self):
        self.done.set_result(self.received)


class Sender(asyncio.Protocol):
    def __init__(self):
        self.can_write = asyncio.Event()
        self.can_write.set()

    def connection_made(self, transport):
        self.transport = transport
        sock = transport.get_extra_info('socket')
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, KERNEL_BUFFER)
        transport.set_write_buffer_limits(high=16 * 1024, low=4 * 1024)

    def pause_writing(self):
        size = self.transport.get_write_buffer_size()
        print(f'pause_writing(): buffered > 16 KiB? {size > 16 * 1024}')
        self.can_write.clear()

    def resume_writing(self):
        size = self.transport.get_write_buffer_size()
        print(f'resume_writing(): buffered <= 4 KiB? {size <= 4 * 1024}')
        self.can_write.set()

    async def drain(self):
        await self.can_write.wait()


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    server = await loop.create_server(lambda: Counter(done), '127.0.0.1', 0)
    listener = server.sockets[0]
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, KERNEL_BUFFER)
    port = listener.getsockname()[1]

    transport, sender = await loop.create_connection(
        Sender, '127.0.0.1', port)
    print('limits (low, high):', transport.get_write_buffer_limits())
    transport.write(bytes(1024 * 1024))  # far more than the buffers hold
    print('write() returned; paused:', not sender.can_write.is_set())
    await sender.drain()  # wait for resume_writing()
    print('drained; paused:', not sender.can_write.is_set())
    transport.write_eof()
    print('server received', await done, 'bytes')
    transport.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
