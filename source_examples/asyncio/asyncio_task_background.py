#!/usr/bin/env python3
# encoding: utf-8
"""Keep references to fire-and-forget tasks until they finish."""

#end_pymotw_header
import asyncio

background_tasks = set()


def run_in_background(coro):
    task = asyncio.create_task(coro)
    # Hold a strong reference until the task is done, then drop it.
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    return task


async def notify(user, delay):
    await asyncio.sleep(delay)
    print(f'notified {user}')


async def main():
    run_in_background(notify('alice', 0.1))
    run_in_background(notify('bob', 0.2))
    print('tasks being tracked:', len(background_tasks))

    print('main: carrying on with other work')

    # Before shutting down, let the work that is still running finish.
    await asyncio.gather(*background_tasks)
    print('tasks being tracked:', len(background_tasks))


asyncio.run(main())
