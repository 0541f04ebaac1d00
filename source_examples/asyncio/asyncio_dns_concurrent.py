#!/usr/bin/env python3
# encoding: utf-8
"""Running several lookups at once with gather()."""

#end_pymotw_header
import asyncio
import socket


async def first_address(host, service):
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(
        host, service, family=socket.AF_INET, type=socket.SOCK_STREAM)
    return infos[0][4]  # the sockaddr of the first entry


async def main():
    queries = [
        ('localhost', 'http'),
        ('127.0.0.1', 'https'),
        ('127.1', 'ssh'),  # an old shorthand for 127.0.0.1
        ('localhost', 'nosuch'),  # no such service
    ]
    # Each lookup runs in a worker thread; gather() waits for all of
    # them and keeps the results in the order of the queries.
    results = await asyncio.gather(
        *(first_address(host, service) for host, service in queries),
        return_exceptions=True,
    )
    for (host, service), result in zip(queries, results, strict=True):
        if isinstance(result, socket.gaierror):
            result = result.strerror
        print(f'{host}:{service} -> {result}')


asyncio.run(main())
