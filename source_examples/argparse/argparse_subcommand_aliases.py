#!/usr/bin/env python3
# encoding: utf-8
"""Subcommands reachable under several names."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(prog='vcs')
commands = parser.add_subparsers(dest='command', required=True,
                                 metavar='COMMAND')
checkout = commands.add_parser('checkout', aliases=['co'],
                               help='switch to a branch')
checkout.add_argument('branch')
checkout.set_defaults(handler='checkout')
status = commands.add_parser('status', aliases=['st', 'stat'],
                             help='show the working tree')
status.set_defaults(handler='status')

args = parser.parse_args()
print(f'typed {args.command!r}, running {args.handler}')
