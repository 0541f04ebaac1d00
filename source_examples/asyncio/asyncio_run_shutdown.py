#!/usr/bin/env python3
# encoding: utf-8
"""asyncio.run() cleans up leftover tasks and async generators."""

#end_pymotw_header
import asyncio


async def background():
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError:
        print('background task: cancelled during shutdown')
        raise


async def numbers():
    try:
        for n in range(10):
            yield n
    finally:
        print('numbers(): closed by shutdown_asyncgens()')


gen = numbers()  # a global keeps the generator alive past main()


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)  # let the task start
    print('first number:', await anext(gen))
    print('main() returns, leaving work unfinished')


asyncio.run(main())
print('asyncio.run() has returned')
