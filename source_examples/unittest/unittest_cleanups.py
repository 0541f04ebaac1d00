#!/usr/bin/env python3
# encoding: utf-8
"""addCleanup() and enterContext() undo what a test set up."""

#end_pymotw_header
import os
import tempfile
import unittest

START = os.getcwd()


class CleanupTest(unittest.TestCase):
    def setUp(self):
        tmp = self.enterContext(tempfile.TemporaryDirectory())
        with open(os.path.join(tmp, 'data.txt'), 'w') as f:
            f.write('x')
        os.chdir(tmp)
        self.addCleanup(os.chdir, START)

    def test_file_is_there(self):
        self.assertEqual(os.listdir('.'), ['data.txt'])

    def test_fails(self):
        self.assertEqual(os.listdir('.'), [])

    @classmethod
    def tearDownClass(cls):
        print('back where we started:', os.getcwd() == START)


if __name__ == '__main__':
    unittest.main(verbosity=2)
