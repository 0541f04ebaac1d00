#!/usr/bin/env python3
# encoding: utf-8
"""Run CPU-bound functions in a pool of processes."""

#end_pymotw_header
import asyncio
import concurrent.futures
import multiprocessing


def count_primes(limit):
    primes = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            primes += 1
    return primes


async def report(pool, limit):
    loop = asyncio.get_running_loop()
    count = await loop.run_in_executor(pool, count_primes, limit)
    return f'{count} primes below {limit}'


async def main(pool):
    limits = [10_000, 20_000, 30_000]
    for line in await asyncio.gather(*(report(pool, n) for n in limits)):
        print(line)


if __name__ == '__main__':
    context = multiprocessing.get_context('spawn')
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=2, mp_context=context,
    ) as pool:
        asyncio.run(main(pool))
