#!/usr/bin/env python3
# encoding: utf-8
"""A Template with its own delimiter and identifier pattern."""

#end_pymotw_header
from string import Template


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9]*(?:\.[a-z][a-z0-9]*)*"


command = PercentTemplate("cp %src %{dest.dir}/ # 100%% safe")
print(command.get_identifiers())
print(command.substitute({"src": "notes.txt", "dest.dir": "/backup"}))
