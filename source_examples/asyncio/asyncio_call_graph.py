#!/usr/bin/env python3
# encoding: utf-8
"""Who is awaiting whom: print_call_graph() and capture_call_graph()."""

#end_pymotw_header
import asyncio


def describe(graph, indent=''):
    """Walk a FutureCallGraph: its task, its frames, then its awaiters."""
    frames = ' -> '.join(entry.frame.f_code.co_name
                         for entry in reversed(graph.call_stack))
    print(f'{indent}{graph.future.get_name()}: {frames}')
    for awaiter in graph.awaited_by:
        describe(awaiter, indent + '  ')


async def fetch(table):
    await asyncio.sleep(0)
    if table == 'users':
        asyncio.print_call_graph()
        print()
        describe(asyncio.capture_call_graph())
    return table


async def load_all():
    async with asyncio.TaskGroup() as group:
        for table in ('users', 'orders'):
            group.create_task(fetch(table), name=f'fetch-{table}')


async def main():
    await asyncio.create_task(load_all(), name='loader')


asyncio.run(main())
