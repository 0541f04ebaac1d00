#!/usr/bin/env python3
# encoding: utf-8
"""Why the random module is not for secrets."""

#end_pymotw_header
import random
import secrets

# random is reproducible by design: the same seed, the same "token".
random.seed(42)
first = random.getrandbits(64)
random.seed(42)
print("random repeats itself:", random.getrandbits(64) == first)

# secrets draws from the operating system; seed() is ignored.
system = secrets.SystemRandom()
print("a Random subclass:", isinstance(system, random.Random))
system.seed(42)
first = system.getrandbits(64)
system.seed(42)
print("SystemRandom repeats itself:", system.getrandbits(64) == first)
