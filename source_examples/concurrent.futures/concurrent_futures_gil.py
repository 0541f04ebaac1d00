#!/usr/bin/env python3
# encoding: utf-8
"""Check whether this interpreter runs with the GIL."""

#end_pymotw_header
import sys
import sysconfig

free_threaded_build = bool(sysconfig.get_config_var('Py_GIL_DISABLED'))
print('free-threaded build:', free_threaded_build)
print('GIL enabled now:    ', sys._is_gil_enabled())
