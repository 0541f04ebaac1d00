#!/usr/bin/env python3
# encoding: utf-8
"""Check that code raises, warns or logs."""

#end_pymotw_header
import logging
import unittest
import warnings


def parse_port(text):
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f'port out of range: {port}')
    if port < 1024:
        warnings.warn('privileged port', UserWarning, stacklevel=2)
    logging.getLogger('net').info('port %d', port)
    return port


class ParsePortTest(unittest.TestCase):
    def test_range(self):
        with self.assertRaisesRegex(ValueError, 'out of range') as cm:
            parse_port('70000')
        self.assertIn('70000', str(cm.exception))

    def test_not_a_number(self):
        self.assertRaises(ValueError, parse_port, 'http')

    def test_warning(self):
        with self.assertWarns(UserWarning):
            parse_port('80')

    def test_log(self):
        with self.assertLogs('net', level='INFO') as logs:
            parse_port('8080')
        self.assertEqual(logs.output, ['INFO:net:port 8080'])


if __name__ == '__main__':
    unittest.main(verbosity=2)
