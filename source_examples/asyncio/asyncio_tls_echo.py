#!/usr/bin/env python3
# encoding: utf-8
"""The stream echo server and client, encrypted with TLS."""

#end_pymotw_header
import asyncio
import ssl
import tempfile

from asyncio_tls_certs import make_certificate


async def handle_echo(reader, writer):
    async for line in reader:  # the same as calling readline()
        if line == b'bye\n':
            break
        writer.write(line)
        await writer.drain()
    print('server: client said bye, closing')
    writer.close()
    await writer.wait_closed()


async def main(server_ctx, client_ctx):
    server = await asyncio.start_server(
        handle_echo, '127.0.0.1', 0, ssl=server_ctx)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection(
        '127.0.0.1', port, ssl=client_ctx, server_hostname='localhost')
    tls = writer.get_extra_info('ssl_object')
    print('client: protocol', tls.version())
    cert = writer.get_extra_info('peercert')
    print('client: certificate for', cert['subjectAltName'])
    for text in [b'secret one\n', b'secret two\n']:
        writer.write(text)
        await writer.drain()
        print('client: echo', await reader.readline())
    writer.write(b'bye\n')
    print('client: rest', await reader.read())  # until server closes
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


with tempfile.TemporaryDirectory() as tmp:
    certfile, keyfile = make_certificate(tmp)
    # The server proves its identity with the certificate and key.
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(certfile, keyfile)
    # The client trusts just that certificate and checks the name.
    client_ctx = ssl.create_default_context(cafile=certfile)
    print('client checks hostname:', client_ctx.check_hostname)

asyncio.run(main(server_ctx, client_ctx))
