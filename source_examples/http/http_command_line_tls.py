#!/usr/bin/env python3
# encoding: utf-8
"""Serve a folder over HTTPS with python -m http.server --tls-cert."""

#end_pymotw_header
import re
import ssl
import subprocess
import sys
from urllib.request import urlopen

command = [sys.executable, '-u', '-m', 'http.server',
           '--bind', '127.0.0.1', '--directory', 'site',
           '--tls-cert', 'cert.pem', '--tls-key', 'key.pem', '0']
with subprocess.Popen(command, stdout=subprocess.PIPE,
                      stderr=subprocess.DEVNULL, text=True) as server:
    first_line = server.stdout.readline()
    port = re.search(r'port (\d+)', first_line).group(1)
    print(re.sub(r'\d{4,5}', 'PORT', first_line), end='')
    # The certificate is self-signed: trust it, and only it.
    context = ssl.create_default_context(cafile='cert.pem')
    with urlopen(f'https://127.0.0.1:{port}/notes.txt',
                 context=context) as response:
        print(response.status, response.read().decode(), end='')
    server.terminate()
