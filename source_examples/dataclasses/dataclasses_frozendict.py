#!/usr/bin/env python3
# encoding: utf-8
"""asdict() copies frozendict values too (new in Python 3.15)."""

#end_pymotw_header
import dataclasses


@dataclasses.dataclass(frozen=True)
class Theme:
    name: str
    colours: frozendict[str, str]


theme = Theme('dusk', frozendict(background='#223', text='#eee'))
print(theme)
print(hash(theme) == hash(Theme('dusk', frozendict(
    text='#eee', background='#223'))))
print(dataclasses.asdict(theme))
