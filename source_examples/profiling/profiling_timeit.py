#!/usr/bin/env python3
# encoding: utf-8
"""Time small statements with timeit.timeit."""

#end_pymotw_header
import timeit

setup = 'words = [str(n) for n in range(100)]'
statements = {
    'a loop':  'text = ""\nfor w in words: text += w',
    'join':    '"".join(words)',
}
number = 10_000
for label, statement in statements.items():
    seconds = timeit.timeit(statement, setup=setup, number=number)
    print(f'{label:7} {seconds:.3f} s for {number:,} runs,'
          f' {seconds / number * 1e6:.2f} usec each')
