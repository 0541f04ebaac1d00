#!/usr/bin/env python3
# encoding: utf-8
"""Patch a name where it is looked up, not where it is defined."""

#end_pymotw_header
import io
from unittest import mock

import weather_client

fake = mock.MagicMock()
fake.__enter__.return_value = io.BytesIO(b'21.5')

with mock.patch('urllib.request.urlopen', return_value=fake):
    try:
        weather_client.temperature('oslo')
    except Exception as err:
        print('patching urllib.request.urlopen is too late:',
              type(err).__name__)

with mock.patch('weather_client.urlopen', return_value=fake) as urlopen:
    print('temperature:', weather_client.temperature('oslo'))
    print('asked for:', urlopen.call_args.args[0])
