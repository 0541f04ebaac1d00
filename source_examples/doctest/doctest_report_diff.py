#!/usr/bin/env python3
# encoding: utf-8
"""Long expected output, where a diff shows the mistake best."""

#end_pymotw_header


def planets():
    """Print the planets of the solar system, nearest to the sun first.

    >>> planets()
    Mercury
    Venus
    Earth
    Mars
    Jupiter
    Saturn
    Neptune
    Uranus
    """
    for name in ['Mercury', 'Venus', 'Earth', 'Mars',
                 'Jupiter', 'Saturn', 'Uranus', 'Neptune']:
        print(name)
