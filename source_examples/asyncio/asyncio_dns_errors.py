#!/usr/bin/env python3
# encoding: utf-8
"""Lookup failures arrive as socket.gaierror exceptions."""

#end_pymotw_header
import asyncio
import socket

# Map the numeric error codes back to their constant names.
EAI_NAMES = {
    value: name for name, value in vars(socket).items()
    if name.startswith('EAI_')
}


async def main():
    loop = asyncio.get_running_loop()
    attempts = [
        # AI_NUMERICHOST: accept only numeric addresses, never look up
        loop.getaddrinfo('localhost', 80, flags=socket.AI_NUMERICHOST),
        loop.getaddrinfo('127.0.0.1', 'no-such-service'),
        loop.getaddrinfo('::1', 80, family=socket.AF_INET),
        # getnameinfo() wants a numeric address, not a name
        loop.getnameinfo(('localhost', 80)),
    ]
    for attempt in attempts:
        try:
            await attempt
        except socket.gaierror as exc:
            print(f'{EAI_NAMES[exc.errno]}: {exc.strerror}')


asyncio.run(main())
