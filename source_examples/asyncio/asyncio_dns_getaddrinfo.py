#!/usr/bin/env python3
# encoding: utf-8
"""Turn host names and numeric addresses into socket addresses."""

#end_pymotw_header
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    lookups = [
        # Only IPv4 for 'localhost': some systems also map it to ::1.
        ('localhost', socket.AF_INET),
        ('127.0.0.1', socket.AF_UNSPEC),  # AF_UNSPEC: any family
        ('::1', socket.AF_UNSPEC),
    ]
    for host, family in lookups:
        infos = await loop.getaddrinfo(
            host, 80, family=family, type=socket.SOCK_STREAM)
        print(f'{host}:')
        # Each entry: (family, type, proto, canonname, sockaddr)
        for fam, kind, proto, _, sockaddr in sorted(infos):
            print(f'  {fam.name} {kind.name} proto={proto} {sockaddr}')


asyncio.run(main())
