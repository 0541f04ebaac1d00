#!/usr/bin/env python3
# encoding: utf-8
"""Functions for the examples' child processes, importable by every start method."""

#end_pymotw_header
import threading


def fail():
    raise ValueError('no such port: eighty')


def divide(a, b):
    return a / b


def block():
    threading.Event().wait()  # never set: waits until the process ends
