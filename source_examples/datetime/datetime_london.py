#!/usr/bin/env python3
# encoding: utf-8
"""Europe/London's changes in 2024, found by scanning offsets."""

#end_pymotw_header
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

london = ZoneInfo("Europe/London")
moment = datetime(2024, 1, 1, tzinfo=UTC)
offset = moment.astimezone(london).utcoffset()
while moment.year == 2024:
    moment += timedelta(hours=1)
    local = moment.astimezone(london)
    if local.utcoffset() != offset:
        offset = local.utcoffset()
        print(f"{moment:%Y-%m-%d %H:%M} UTC: clocks now show"
              f" {local:%H:%M} {local.tzname()} (UTC+{offset})")
