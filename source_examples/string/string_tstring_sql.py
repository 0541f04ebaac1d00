#!/usr/bin/env python3
# encoding: utf-8
"""Turning a t-string into a parameterized SQL query."""

#end_pymotw_header
import sqlite3
from string.templatelib import Interpolation, Template


def sql(template: Template) -> tuple[str, list]:
    """The query with a ? for each value, and the values."""
    query, params = [], []
    for part in template:
        if isinstance(part, Interpolation):
            query.append("?")
            params.append(part.value)
        else:
            query.append(part)
    return "".join(query), params


db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE users (name TEXT, role TEXT)")
db.executemany("INSERT INTO users VALUES (?, ?)",
               [("ada", "admin"), ("bob", "user")])

name = "bob' OR '1'='1"
query, params = sql(t"SELECT name, role FROM users WHERE name = {name}")
print(query)
print(params)
print(db.execute(query, params).fetchall())

name = "ada"
print(db.execute(*sql(t"SELECT role FROM users WHERE name = {name}"))
      .fetchall())
db.close()
