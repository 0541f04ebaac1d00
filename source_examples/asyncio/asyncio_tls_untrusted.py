#!/usr/bin/env python3
# encoding: utf-8
"""A TLS handshake fails when the client cannot verify the server."""

#end_pymotw_header
import asyncio
import ssl
import tempfile

from asyncio_tls_certs import make_certificate


async def handle(reader, writer):
    print('server: never called, no connection was established')


def skip_failed_handshakes(loop, context):
    # In debug mode the loop also reports the server's side of each
    # failed handshake. The client tells the story, so drop those.
    message = 'Error on transport creation for incoming connection'
    if context['message'] != message:
        loop.default_exception_handler(context)


async def connect(port, context, hostname):
    try:
        reader, writer = await asyncio.open_connection(
            '127.0.0.1', port, ssl=context, server_hostname=hostname)
    except ssl.SSLCertVerificationError as exc:
        print(f'  {type(exc).__name__}:')
        print(f'  {exc.verify_message}')
    else:
        print('  connected')
        writer.close()
        await writer.wait_closed()


async def main(server_ctx, trusting_nothing, trusting_cert):
    asyncio.get_running_loop().set_exception_handler(skip_failed_handshakes)
    server = await asyncio.start_server(
        handle, '127.0.0.1', 0, ssl=server_ctx)
    port = server.sockets[0].getsockname()[1]

    print('client trusting no certificate at all:')
    await connect(port, trusting_nothing, 'localhost')
    print('client trusting the certificate, but for another name:')
    await connect(port, trusting_cert, 'other.test')
    server.close()
    await server.wait_closed()


with tempfile.TemporaryDirectory() as tmp:
    certfile, keyfile = make_certificate(tmp)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(certfile, keyfile)
    trusting_cert = ssl.create_default_context(cafile=certfile)
# A client context starts out trusting no certificate authority.
trusting_nothing = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)

asyncio.run(main(server_ctx, trusting_nothing, trusting_cert))
