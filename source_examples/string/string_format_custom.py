#!/usr/bin/env python3
# encoding: utf-8
"""A class that understands its own format specifications."""

#end_pymotw_header
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        # The last letter picks the scale; the rest is a float spec.
        if spec and spec[-1] in "CFK":
            spec, scale = spec[:-1], spec[-1]
        else:
            scale = "C"
        value = {
            "C": self.celsius,
            "F": self.celsius * 9 / 5 + 32,
            "K": self.celsius + 273.15,
        }[scale]
        return f"{value:{spec}f} °{scale}".replace(" °K", " K")


today = Temperature(21.5)
print(f"{today}")
print(f"{today:.1F}")
print(f"{today:>8.2K}")
print(format(today, ".0C"))
