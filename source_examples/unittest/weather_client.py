#!/usr/bin/env python3
# encoding: utf-8
"""A module that looks names up where it imported them."""

#end_pymotw_header
from urllib.request import urlopen


def temperature(city):
    with urlopen(f'http://127.0.0.1:9/weather/{city}') as response:
        return float(response.read())
