#!/usr/bin/env python3
# encoding: utf-8
"""Appending records to a JSON Lines file."""

#end_pymotw_header
import json
import sys

user, *files = sys.argv[1:]
events = [
    {'user': user, 'event': 'login'},
    {'user': user, 'event': 'upload', 'files': files},
    {'user': user, 'event': 'logout'},
]

with open('events.jsonl', 'a', encoding='utf-8') as f:
    for event in events:
        f.write(json.dumps(event, separators=(',', ':')) + '\n')

print(f'appended {len(events)} events for {user}')
