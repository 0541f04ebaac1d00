#!/usr/bin/env python3
# encoding: utf-8
"""Compare only the type of an expected exception."""

#end_pymotw_header


class SettingError(LookupError):
    """A setting is missing."""


def get_setting(settings, name):
    """Return the setting called name.

    >>> get_setting({'port': 80}, 'host')
    Traceback (most recent call last):
    SettingError: no setting 'host'

    >>> get_setting({}, 'port')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    SettingError: the message does not matter here
    """
    try:
        return settings[name]
    except KeyError:
        raise SettingError(f'no setting {name!r}') from None
