#!/usr/bin/env python3
# encoding: utf-8
"""What each extraction filter does with hostile members."""

#end_pymotw_header
import io
import tarfile


def hostile_archive():
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode='w') as tf:
        for name in ('ok.txt', '../escape.txt', '/etc/absolute.txt'):
            info = tarfile.TarInfo(name)
            info.size, info.mtime = 3, 1_700_000_000
            tf.addfile(info, io.BytesIO(b'hi\n'))
        link = tarfile.TarInfo('passwd')
        link.type, link.linkname = tarfile.SYMTYPE, '/etc/passwd'
        tf.addfile(link)
        script = tarfile.TarInfo('setuid.sh')
        script.mode, script.size = 0o4755, 3
        tf.addfile(script, io.BytesIO(b'hi\n'))
    buffer.seek(0)
    return tarfile.open(fileobj=buffer)


for name in ('fully_trusted', 'tar', 'data'):
    print(f'filter={name!r}:')
    with hostile_archive() as tf:
        for member in tf.getmembers():
            function = getattr(tarfile, f'{name}_filter')
            try:
                result = function(member, 'dest')
            except tarfile.FilterError as err:
                print(f'  {member.name:18} refused: {type(err).__name__}')
            else:
                print(f'  {member.name:18} -> {result.name} '
                      f'mode {result.mode:o}')
