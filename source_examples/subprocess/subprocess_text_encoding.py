#!/usr/bin/env python3
# encoding: utf-8
"""How text=True decodes a child's output, and UTF-8 mode."""

#end_pymotw_header
import locale
import subprocess
import sys

# A child that writes 'Grüße' as UTF-8 bytes, whatever its own
# settings (the escapes keep its command line ASCII).
child = [
    sys.executable,
    '-c',
    "import sys; sys.stdout.buffer.write('Gr\\xfc\\xdfe\\n'.encode('utf-8'))",
]

print('UTF-8 mode:', sys.flags.utf8_mode)
print('locale encoding:', locale.getencoding())

with subprocess.Popen(child, stdout=subprocess.PIPE, text=True) as proc:
    print('text=True decodes with', proc.stdout.encoding)
    try:
        print('  read:', repr(proc.stdout.read()))
    except UnicodeDecodeError as err:
        print('  UnicodeDecodeError:', err.reason)

result = subprocess.run(child, capture_output=True, encoding='utf-8')
print("encoding='utf-8' decodes it:", result.stdout == 'Grüße\n')
