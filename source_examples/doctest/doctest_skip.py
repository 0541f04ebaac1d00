#!/usr/bin/env python3
# encoding: utf-8
"""Skip examples, and see how the summary counts them."""

#end_pymotw_header
from urllib.request import urlopen


def fetch(url):
    """Download a page.

    >>> fetch('')
    Traceback (most recent call last):
    ValueError: no URL given
    >>> fetch('https://example.com/')[:15]  # doctest: +SKIP
    b'<!doctype html>'
    """
    if not url:
        raise ValueError('no URL given')
    with urlopen(url) as response:
        return response.read()


def fetch_all(urls):
    """Download several pages (every example needs the network).

    >>> pages = fetch_all(['https://example.com/'])  # doctest: +SKIP
    >>> len(pages)  # doctest: +SKIP
    1
    """
    return [fetch(url) for url in urls]


if __name__ == '__main__':
    import doctest

    print(doctest.testmod())
