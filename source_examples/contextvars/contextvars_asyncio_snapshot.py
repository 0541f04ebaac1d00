#!/usr/bin/env python3
# encoding: utf-8
"""A task's copy is taken when the task is created."""

#end_pymotw_header
import asyncio
import contextvars

phase = contextvars.ContextVar('phase', default='none')


async def report(label):
    print(f'{label} sees phase {phase.get()!r}')


async def main():
    phase.set('setup')
    task = asyncio.create_task(report('task'))
    phase.set('running')  # too late for the task created above
    await task
    await report('awaited coroutine')


asyncio.run(main())
