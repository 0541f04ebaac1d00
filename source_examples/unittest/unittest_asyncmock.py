#!/usr/bin/env python3
# encoding: utf-8
"""AsyncMock stands in for coroutine functions."""

#end_pymotw_header
import asyncio
import unittest
from unittest import mock


async def greeting(client):
    name = await client.fetch_name()
    return f'Hello, {name}!'


class GreetingTest(unittest.IsolatedAsyncioTestCase):
    async def test_greeting(self):
        client = mock.Mock()
        client.fetch_name = mock.AsyncMock(return_value='Ada')
        self.assertEqual(await greeting(client), 'Hello, Ada!')
        client.fetch_name.assert_awaited_once()

    async def test_patched_sleep(self):
        with mock.patch('asyncio.sleep') as sleep:
            self.assertIsInstance(sleep, mock.AsyncMock)
            await asyncio.sleep(3600)  # returns at once
            sleep.assert_awaited_once_with(3600)


if __name__ == '__main__':
    unittest.main(verbosity=2)
