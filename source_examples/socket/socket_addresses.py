#!/usr/bin/env python3
# encoding: utf-8
"""Converting addresses and numbers between text, bytes and network order."""

#end_pymotw_header
import socket

packed = socket.inet_pton(socket.AF_INET, '127.0.0.1')
print(packed, '->', socket.inet_ntop(socket.AF_INET, packed))
packed6 = socket.inet_pton(socket.AF_INET6, '::1')
print(packed6.hex(), '->', socket.inet_ntop(socket.AF_INET6, packed6))

port = 8080
print(f'{port:#06x} in network order: {socket.htons(port):#06x}')
print('back:', socket.ntohs(socket.htons(port)))
print('has IPv6:', socket.has_ipv6)
