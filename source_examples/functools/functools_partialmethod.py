#!/usr/bin/env python3
# encoding: utf-8
"""partialmethod makes methods out of a general method."""

#end_pymotw_header
import functools


class Switch:
    def __init__(self, name):
        self.name = name
        self.state = "off"

    def set_state(self, state):
        self.state = state
        print(f"{self.name} is {state}")

    turn_on = functools.partialmethod(set_state, "on")
    turn_off = functools.partialmethod(set_state, "off")


lamp = Switch("lamp")
lamp.turn_on()
lamp.turn_off()
print("final state:", lamp.state)
