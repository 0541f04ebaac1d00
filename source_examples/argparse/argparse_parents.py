#!/usr/bin/env python3
# encoding: utf-8
"""Share options between parsers with parents=."""

#end_pymotw_header
import argparse

common = argparse.ArgumentParser(add_help=False)
common.add_argument('-v', '--verbose', action='store_true',
                    help='say what is being done')
common.add_argument('--config', default='site.toml', metavar='FILE',
                    help='settings to use')

parser = argparse.ArgumentParser(description='Manage a web site.')
subparsers = parser.add_subparsers(dest='command', required=True)
subparsers.add_parser('build', parents=[common], help='build the site')
deploy = subparsers.add_parser('deploy', parents=[common],
                               help='copy the site to a server')
deploy.add_argument('server', help='where to copy it')

args = parser.parse_args()
print(args)
