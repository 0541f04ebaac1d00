#!/usr/bin/env python3
# encoding: utf-8
"""Add the current request's id to every log message."""

#end_pymotw_header
import asyncio
import contextvars
import logging
import sys

request_id = contextvars.ContextVar('request_id', default='-')


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())
handler.setFormatter(
    logging.Formatter('%(request_id)-6s %(name)-5s %(message)s')
)
logging.basicConfig(level=logging.INFO, handlers=[handler])
log = logging.getLogger('app')
db_log = logging.getLogger('db')


async def query(sql):
    db_log.info(sql)
    await asyncio.sleep(0)  # waiting for the database


async def handle(number, user):
    request_id.set(f'req-{number}')
    log.info('GET /profile/%s', user)
    await query(f'SELECT * FROM users WHERE name = {user!r}')
    log.info('200 OK')


async def main():
    log.info('serving')
    async with asyncio.TaskGroup() as group:
        for number, user in enumerate(['alice', 'bob'], start=1):
            group.create_task(handle(number, user))
    log.info('stopped')


asyncio.run(main())
