#!/usr/bin/env python3
# encoding: utf-8
"""Tests of the shop module."""

#end_pymotw_header
