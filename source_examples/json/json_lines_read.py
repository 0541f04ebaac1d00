#!/usr/bin/env python3
# encoding: utf-8
"""Reading a JSON Lines file one record at a time."""

#end_pymotw_header
import collections
import json

uploads = collections.Counter()
with open('events.jsonl', encoding='utf-8') as f:
    for number, line in enumerate(f, start=1):
        if not line.strip():
            continue  # tolerate blank lines
        event = json.loads(line)
        print(f'{number}: {event["user"]:<6} {event["event"]}')
        uploads[event['user']] += len(event.get('files', []))

print()
print('files uploaded:')
for user, count in uploads.items():
    print(f'{user:<6} {count} uploaded')
