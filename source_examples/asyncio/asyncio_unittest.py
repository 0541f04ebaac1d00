#!/usr/bin/env python3
# encoding: utf-8
"""Testing coroutines with unittest.IsolatedAsyncioTestCase."""

#end_pymotw_header
import asyncio
import sys
import unittest


async def fetch_all(fetch, keys, limit):
    # The code under test: fetch every key, at most `limit` at a time.
    semaphore = asyncio.Semaphore(limit)

    async def fetch_one(key):
        async with semaphore:
            return await fetch(key)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch_one(key)) for key in keys]
    return [task.result() for task in tasks]


class FetchTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        # Runs in the same event loop as the test method.
        self.running = self.peak = 0

    async def fake_fetch(self, key):
        self.running += 1
        self.peak = max(self.peak, self.running)
        await asyncio.sleep(0.01)
        self.running -= 1
        if key == 'bad':
            raise KeyError(key)
        return key.upper()

    async def asyncTearDown(self):
        # Whatever the test did, no task may be left running.
        others = asyncio.all_tasks() - {asyncio.current_task()}
        self.assertEqual(others, set())

    async def test_order(self):
        result = await fetch_all(self.fake_fetch, ['b', 'a', 'c'], 2)
        self.assertEqual(result, ['B', 'A', 'C'])

    async def test_limit(self):
        await fetch_all(self.fake_fetch, list('abcdefg'), 3)
        self.assertEqual(self.peak, 3)

    async def test_errors(self):
        with self.assertRaises(ExceptionGroup) as caught:
            await fetch_all(self.fake_fetch, ['a', 'bad', 'c'], 2)
        [error] = caught.exception.exceptions
        self.assertIsInstance(error, KeyError)

    async def test_debug(self):
        # Each test gets a fresh loop, in asyncio's debug mode.
        self.assertTrue(asyncio.get_running_loop().get_debug())


class StdoutRunner(unittest.TextTestRunner):
    # Report on standard output rather than standard error.
    def __init__(self, **kwargs):
        super().__init__(stream=sys.stdout, **kwargs)


if __name__ == '__main__':
    unittest.main(testRunner=StdoutRunner)
