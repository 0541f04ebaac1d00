#!/usr/bin/env python3
# encoding: utf-8
"""Stopping in the debugger where a doctest example fails."""

#end_pymotw_header
import doctest

import doctest_failure

# Run the examples of one docstring; on an exception, start pdb in
# post-mortem mode at the frame that raised it.
doctest.debug(doctest_failure, 'doctest_failure.split_name', pm=True)
