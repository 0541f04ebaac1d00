#!/usr/bin/env python3
# encoding: utf-8
"""assertLogs() with a formatter of your own (3.15)."""

#end_pymotw_header
import logging
import unittest


class LogFormatTest(unittest.TestCase):
    def test_message_only(self):
        formatter = logging.Formatter('%(levelname)s %(message)s')
        with self.assertLogs('app', formatter=formatter) as logs:
            logging.getLogger('app').warning('disk %d%% full', 91)
        self.assertEqual(logs.output, ['WARNING disk 91% full'])


if __name__ == '__main__':
    unittest.main(verbosity=2)
