#!/usr/bin/env python3
# encoding: utf-8
"""Functions the examples run in child processes, whatever the start method."""

#end_pymotw_header
import threading


def fail():
    raise ValueError('no such port: eighty')


def divide(a, b):
    return a / b


def block():
    threading.Event().wait()  # never set: waits until the process ends
