#!/usr/bin/env python3
# encoding: utf-8
"""An Action subclass that sets several arguments from a preset."""

#end_pymotw_header
import argparse

PRESETS = {
    'fast': {'quality': 60, 'workers': 8},
    'best': {'quality': 95, 'workers': 2},
}


class PresetAction(argparse.Action):
    """Set the arguments named in a preset, then the preset's own dest."""

    def __init__(self, option_strings, dest, **kwargs):
        if kwargs.get('nargs') is not None:
            raise ValueError('a preset takes exactly one name')
        super().__init__(option_strings, dest, choices=PRESETS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        for name, value in PRESETS[values].items():
            setattr(namespace, name, value)
        setattr(namespace, self.dest, values)


parser = argparse.ArgumentParser(prog='encode')
parser.add_argument('--preset', action=PresetAction,
                    help='set --quality and --workers at once')
parser.add_argument('--quality', type=int, default=80)
parser.add_argument('--workers', type=int, default=4)
args = parser.parse_args()
print(f'preset={args.preset} quality={args.quality} workers={args.workers}')
