#!/usr/bin/env python3
# encoding: utf-8
"""Run CPU-bound calls in a pool of worker processes."""

#end_pymotw_header
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit):
    """Count the primes below limit, the slow way."""
    return sum(
        all(n % d for d in range(2, int(n**0.5) + 1))
        for n in range(2, limit)
    )


def main():
    context = multiprocessing.get_context('spawn')
    limits = [10_000, 20_000, 40_000, 80_000]
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        counts = pool.map(count_primes, limits)
        for limit, count in zip(limits, counts, strict=True):
            print(f'{count:>5} primes below {limit:,}')


if __name__ == '__main__':
    main()
