#!/usr/bin/env python3
# encoding: utf-8
"""Suggestions for mistyped choices and subcommands (3.14+)."""

#end_pymotw_header
import argparse

parser = argparse.ArgumentParser(
    prog='deploy', suggest_on_error=True, exit_on_error=False
)
parser.add_argument('--env', choices=['staging', 'production'])
commands = parser.add_subparsers(dest='command')
commands.add_parser('status')
commands.add_parser('rollback')

for line in ['--env prodution status', 'rolback', '--env test status']:
    print('deploy', line)
    try:
        parser.parse_args(line.split())
    except argparse.ArgumentError as error:
        print('  ', error)
