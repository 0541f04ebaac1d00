#!/usr/bin/env python3
# encoding: utf-8
"""Take the most urgent item first with asyncio.PriorityQueue."""

#end_pymotw_header
import asyncio
import dataclasses


@dataclasses.dataclass(order=True)
class Ticket:
    priority: int
    summary: str = dataclasses.field(compare=False)


async def main():
    queue = asyncio.PriorityQueue()
    for ticket in [
        Ticket(3, 'typo on the about page'),
        Ticket(1, 'site is down'),
        Ticket(2, 'login is slow'),
        Ticket(5, 'new logo idea'),
    ]:
        await queue.put(ticket)

    while not queue.empty():
        ticket = await queue.get()
        print(f'priority {ticket.priority}: {ticket.summary}')
        queue.task_done()


asyncio.run(main())
