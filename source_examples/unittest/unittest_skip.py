#!/usr/bin/env python3
# encoding: utf-8
"""Skip tests, or expect them to fail."""

#end_pymotw_header
import sys
import unittest


class SkipTest(unittest.TestCase):
    @unittest.skip('not written yet')
    def test_future(self):
        pass

    @unittest.skipIf(sys.platform == 'linux', 'does not apply on Linux')
    def test_not_on_linux(self):
        pass

    @unittest.skipUnless(sys.platform.startswith('win'), 'needs Windows')
    def test_windows_only(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided while running')

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(round(2.675, 2), 2.68)  # binary floating point


if __name__ == '__main__':
    unittest.main(verbosity=2)
