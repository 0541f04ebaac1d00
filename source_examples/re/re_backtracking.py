#!/usr/bin/env python3
# encoding: utf-8
"""Nested quantifiers can take exponential time to fail; atomic ones cannot."""

#end_pymotw_header
import re
import timeit


def seconds(pattern, text, number):
    """The best time of a few runs: the least disturbed by other work."""
    runs = timeit.repeat(lambda: re.match(pattern, text), number=number,
                         repeat=5)
    return min(runs) / number


nested = r"(a+)+b"
times = {n: seconds(nested, "a" * n, number=1) for n in (12, 16, 20)}
print(f"{nested} on 12, 16, 20 letters a (no b):")
for shorter, longer in [(12, 16), (16, 20)]:
    ratio = times[longer] / times[shorter]
    print(f"  {longer} letters more than 4 times slower than {shorter}:",
          ratio > 4)

possessive = r"(?:a+)++b"
fast = seconds(possessive, "a" * 20, number=1000)
print(f"{possessive} on 20 letters more than 1000 times faster:",
      times[20] > 1000 * fast)
print("with a b, both match:", re.match(nested, "aaab")[0],
      re.match(possessive, "aaab")[0])
