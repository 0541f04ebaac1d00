#!/usr/bin/env python3
# encoding: utf-8
"""A small module whose documentation lives in a separate text file."""

#end_pymotw_header


def to_fahrenheit(celsius):
    """Convert a temperature from degrees Celsius to Fahrenheit."""
    return celsius * 9 / 5 + 32


def to_celsius(fahrenheit):
    """Convert a temperature from degrees Fahrenheit to Celsius."""
    return (fahrenheit - 32) * 5 / 9
