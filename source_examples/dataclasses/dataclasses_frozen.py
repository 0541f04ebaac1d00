#!/usr/bin/env python3
# encoding: utf-8
"""Frozen data classes: immutable and hashable."""

#end_pymotw_header
import dataclasses


@dataclasses.dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float


oslo = Coordinate(59.91, 10.75)
try:
    oslo.lat = 0.0
except dataclasses.FrozenInstanceError as exc:
    print('FrozenInstanceError:', exc)

visits = {oslo: 'Oslo', Coordinate(48.86, 2.35): 'Paris'}
print(visits[Coordinate(59.91, 10.75)])
print(len({oslo, Coordinate(59.91, 10.75)}))
