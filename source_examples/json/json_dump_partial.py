#!/usr/bin/env python3
# encoding: utf-8
"""A failed dump() can leave half a document behind."""

#end_pymotw_header
import datetime
import json
import pathlib


def save_in_place(path, data):
    with path.open('w', encoding='utf-8') as f:
        json.dump(data, f)


def save_and_replace(path, data):
    tmp = path.with_name(path.name + '.tmp')
    try:
        with tmp.open('w', encoding='utf-8') as f:
            json.dump(data, f)
        tmp.replace(path)  # only reached if dump() succeeded
    finally:
        tmp.unlink(missing_ok=True)


original = pathlib.Path('settings.json').read_text(encoding='utf-8')
changed = json.loads(original)
changed['last_opened'] = datetime.date(2024, 5, 1)  # not JSON

for save in [save_in_place, save_and_replace]:
    path = pathlib.Path(f'{save.__name__}.json')
    path.write_text(original, encoding='utf-8')
    print(f'{save.__name__}():')
    try:
        save(path, changed)
    except TypeError as err:
        print('  TypeError:', err)
    text = path.read_text(encoding='utf-8')
    try:
        print('  the file still loads:', json.loads(text)['theme'])
    except json.JSONDecodeError as err:
        print('  damaged:', err)
        print(f'  it ends with {text[-28:]!r}')
