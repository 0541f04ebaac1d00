#!/usr/bin/env python3
# encoding: utf-8
"""Arrange the options of a long help in titled sections."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(description='Serve a folder over HTTP.')
parser.add_argument('folder', help='what to serve')

network = parser.add_argument_group(
    'network', 'Where the server listens.')
network.add_argument('--host', default='127.0.0.1', help='address')
network.add_argument('--port', type=int, default=8000, help='port')

security = parser.add_argument_group('security')
security.add_argument('--cert', help='TLS certificate file')
security.add_argument('--key', help='private key of the certificate')

args = parser.parse_args()
print(args)
