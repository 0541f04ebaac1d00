#!/usr/bin/env python3
# encoding: utf-8
"""Start python -m http.server, fetch a file from it, and stop it."""

#end_pymotw_header
import re
import subprocess
import sys
from urllib.request import urlopen

command = [sys.executable, '-u', '-m', 'http.server',
           '--bind', '127.0.0.1', '--directory', 'site', '0']
with subprocess.Popen(command, stdout=subprocess.PIPE,
                      stderr=subprocess.DEVNULL, text=True) as server:
    first_line = server.stdout.readline()  # Serving HTTP on ... port N
    port = re.search(r'port (\d+)', first_line).group(1)
    print(re.sub(r'\d{4,5}', 'PORT', first_line), end='')
    with urlopen(f'http://127.0.0.1:{port}/notes.txt') as response:
        print(response.status, response.read().decode(), end='')
    server.terminate()
