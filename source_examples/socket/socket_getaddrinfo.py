#!/usr/bin/env python3
# encoding: utf-8
"""getaddrinfo() turns a host and a port into addresses to connect to."""

#end_pymotw_header
import socket

infos = socket.getaddrinfo('localhost', 8080, family=socket.AF_INET,
                           type=socket.SOCK_STREAM)
for family, type_, proto, _canonname, sockaddr in infos:
    print(family.name, type_.name, proto, sockaddr)

# Without a type, each address comes once per socket type.
kinds = {info[1].name for info in
         socket.getaddrinfo('127.0.0.1', 'http', family=socket.AF_INET)}
print(sorted(kinds))

# The port may be a service name; 0 is the wildcard "any port".
print(socket.getaddrinfo('127.0.0.1', 'https', socket.AF_INET,
                         socket.SOCK_STREAM)[0][4])
try:
    socket.getaddrinfo('no-such-host.invalid', 80)
except socket.gaierror as error:
    print('gaierror:', error.errno == socket.EAI_NONAME)
