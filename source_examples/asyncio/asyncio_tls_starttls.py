#!/usr/bin/env python3
# encoding: utf-8
"""Upgrade a plain connection to TLS part-way, STARTTLS style."""

#end_pymotw_header
import asyncio
import ssl
import tempfile

from asyncio_tls_certs import make_certificate


async def handle(reader, writer, server_ctx):
    command = await reader.readline()
    print(f'server: got {command!r} in plain text')
    writer.write(b'OK\n')
    await writer.start_tls(server_ctx)  # the same reader and writer
    line = await reader.readline()
    version = writer.get_extra_info('ssl_object').version()
    print(f'server: got {line!r} over {version}')
    writer.write(line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main(server_ctx, client_ctx):
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, server_ctx), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('client: encrypted?', writer.get_extra_info('ssl_object'))
    writer.write(b'STARTTLS\n')
    print('client: reply', await reader.readline())
    await writer.start_tls(client_ctx, server_hostname='localhost')
    tls = writer.get_extra_info('ssl_object')
    print('client: encrypted?', tls.version())
    writer.write(b'secret\n')
    print('client: echo', await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


with tempfile.TemporaryDirectory() as tmp:
    certfile, keyfile = make_certificate(tmp)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(certfile, keyfile)
    client_ctx = ssl.create_default_context(cafile=certfile)

asyncio.run(main(server_ctx, client_ctx))
