#!/usr/bin/env python3
# encoding: utf-8
"""Narrowing getaddrinfo() results with type, proto and flags."""

#end_pymotw_header
import asyncio
import socket


async def show(title, host, port, **filters):
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, **filters)
    print(f'{title}:')
    for family, kind, proto, _, sockaddr in sorted(infos):
        print(f'  {family.name:8} {kind.name:11} {proto:2} {sockaddr}')


async def main():
    await show('no filter', '127.0.0.1', 80)
    await show('datagrams only', '127.0.0.1', 80, type=socket.SOCK_DGRAM)
    await show('TCP only', '127.0.0.1', 80, proto=socket.IPPROTO_TCP)
    await show('service name', '127.0.0.1', 'https',
               type=socket.SOCK_STREAM)
    await show('addresses to listen on', None, 8080,
               type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)


asyncio.run(main())
