#!/usr/bin/env python3
# encoding: utf-8
"""A first test case."""

#end_pymotw_header
import unittest


def slugify(title):
    return '-'.join(title.lower().split())


class SlugifyTest(unittest.TestCase):
    def test_spaces_become_dashes(self):
        self.assertEqual(slugify('Hello World'), 'hello-world')

    def test_extra_spaces_are_dropped(self):
        self.assertEqual(slugify('  a   b  '), 'a-b')


if __name__ == '__main__':
    unittest.main()
