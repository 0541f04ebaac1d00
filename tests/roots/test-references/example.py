import asyncio
from itertools import batched


async def main():
    async with asyncio.TaskGroup() as group:
        group.create_task(asyncio.sleep(0))
    print(list(batched("abcdefg", 3)))


asyncio.run(main())
