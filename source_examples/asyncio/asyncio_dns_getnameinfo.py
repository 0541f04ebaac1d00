#!/usr/bin/env python3
# encoding: utf-8
"""Turn socket addresses back into host and service names."""

#end_pymotw_header
import asyncio
import socket

QUERIES = [
    ('no flags', 0, [('127.0.0.1', 80), ('127.0.0.1', 514)]),
    # Port 514 means one service over TCP and another over UDP.
    ('NI_DGRAM', socket.NI_DGRAM, [('127.0.0.1', 514)]),
    ('NI_NUMERICSERV', socket.NI_NUMERICSERV, [('127.0.0.1', 80)]),
    ('NI_NUMERICHOST', socket.NI_NUMERICHOST,
     [('127.0.0.1', 443), ('::1', 443, 0, 0)]),
]


async def main():
    loop = asyncio.get_running_loop()
    for title, flags, addresses in QUERIES:
        print(f'{title}:')
        for sockaddr in addresses:
            host, service = await loop.getnameinfo(sockaddr, flags)
            print(f'  {sockaddr} -> {host!r}, {service!r}')


asyncio.run(main())
