#!/usr/bin/env python3
# encoding: utf-8
"""A program that waits, to be inspected while it runs."""

#end_pymotw_header


def wait_for_orders():
    return input('ready\n')  # prompt, then wait


def serve():
    try:
        while wait_for_orders():
            pass
    except EOFError:  # the input was closed: stop
        pass


serve()
