#!/usr/bin/env python3
# encoding: utf-8
"""Fields and inheritance."""

#end_pymotw_header
import dataclasses


@dataclasses.dataclass
class Animal:
    name: str
    sound: str = '...'


@dataclasses.dataclass
class Dog(Animal):
    sound: str = 'woof'           # overrides the default only
    tricks: list[str] = dataclasses.field(default_factory=list)


print(Dog('Rex'))
print([f.name for f in dataclasses.fields(Dog)])

try:
    @dataclasses.dataclass
    class Cat(Animal):
        indoor: bool
except TypeError as exc:
    print('TypeError:', exc)


@dataclasses.dataclass(kw_only=True)
class Cat(Animal):
    indoor: bool


print(Cat('Tom', indoor=True))
