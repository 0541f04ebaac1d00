#!/usr/bin/env python3
# encoding: utf-8
"""Custom types that check values and explain what is wrong."""

#end_pymotw_header
import argparse


def port_number(text):
    value = int(text)  # a ValueError gives argparse's own message
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(
            f'{value} is not between 1 and 65535')
    return value


def setting(text):
    key, equals, value = text.partition('=')
    if not equals or not key:
        raise argparse.ArgumentTypeError(
            f'expected KEY=VALUE, got {text!r}')
    return key, value


parser = argparse.ArgumentParser()
parser.add_argument('--port', type=port_number, default=8080)
parser.add_argument('--set', type=setting, action='append', default=[],
                    dest='settings', metavar='KEY=VALUE')

args = parser.parse_args()
print('port:', args.port)
print('settings:', dict(args.settings))
