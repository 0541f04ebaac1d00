#!/usr/bin/env python3
# encoding: utf-8
"""Is this interpreter free-threaded, and is the GIL on?"""

#end_pymotw_header
import sys
import sysconfig

built_without_gil = bool(sysconfig.get_config_var('Py_GIL_DISABLED'))
print('built free-threaded:', built_without_gil)
print('GIL enabled now:    ', sys._is_gil_enabled())
