#!/usr/bin/env python3
# encoding: utf-8
"""UTC and fixed offsets with the timezone class."""

#end_pymotw_header
from datetime import UTC, datetime, timedelta, timezone

print("UTC:", repr(UTC))
india = timezone(timedelta(hours=5, minutes=30), "IST")
print("fixed offset:", india, india.utcoffset(None))

epoch = datetime.fromtimestamp(0, UTC)
print("epoch:", epoch)
print("1.7e9 s later:", datetime.fromtimestamp(1_700_000_000, UTC))

meeting = datetime(2024, 7, 4, 15, 0, tzinfo=india)
print("meeting in India:", meeting)
print("the same in UTC: ", meeting.astimezone(UTC))
print("timestamp():     ", meeting.timestamp())

# now() with a time zone gives an aware datetime.
print("now(UTC) is aware:", datetime.now(UTC).tzinfo is UTC)
