#!/usr/bin/env python3
# encoding: utf-8
"""How many results each combinatoric iterator gives."""

#end_pymotw_header
import math
from itertools import (
    combinations,
    combinations_with_replacement,
    permutations,
    product,
)

n, r = 5, 3
items = range(n)
rows = [
    ('product', product(items, repeat=r), n ** r),
    ('permutations', permutations(items, r), math.perm(n, r)),
    ('combinations', combinations(items, r), math.comb(n, r)),
    ('with replacement', combinations_with_replacement(items, r),
     math.comb(n + r - 1, r)),
]
print(f'choosing {r} of {n} items   counted  formula')
for name, iterator, formula in rows:
    print(f'  {name:<22}{sum(1 for _ in iterator):>7}{formula:>9}')
