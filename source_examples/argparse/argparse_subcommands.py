#!/usr/bin/env python3
# encoding: utf-8
"""Subcommands, each with its own arguments and function."""

#end_pymotw_header
import argparse


def add(args):
    print(f'adding {args.text!r} with priority {args.priority}')


def show(args):
    which = 'all tasks' if args.all else 'open tasks'
    print(f'listing {which}')


def done(args):
    print('marking done:', ', '.join(map(str, args.numbers)))


parser = argparse.ArgumentParser(description='Keep a list of tasks.')
subparsers = parser.add_subparsers(title='commands', metavar='COMMAND',
                                   required=True)

add_parser = subparsers.add_parser('add', help='add a task')
add_parser.add_argument('text', help='what to do')
add_parser.add_argument('-p', '--priority', type=int, default=3,
                        help='1 (urgent) to 5 (some day)')
add_parser.set_defaults(func=add)

list_parser = subparsers.add_parser('list', help='show the tasks')
list_parser.add_argument('-a', '--all', action='store_true',
                         help='include finished tasks')
list_parser.set_defaults(func=show)

done_parser = subparsers.add_parser('done', help='mark tasks as done')
done_parser.add_argument('numbers', type=int, nargs='+')
done_parser.set_defaults(func=done)

args = parser.parse_args()
args.func(args)
