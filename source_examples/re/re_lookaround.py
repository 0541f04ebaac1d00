#!/usr/bin/env python3
# encoding: utf-8
"""Look-ahead and look-behind test the text around a match, not part of it."""

#end_pymotw_header
import re

text = "price: $120, cost: 80 EUR, tax: $15, fee: 5 EUR"
# Amounts after a dollar sign, without the sign: a look-behind.
print(re.findall(r"(?<=\$)\d+", text))
# Amounts followed by " EUR", without the unit: a look-ahead.
print(re.findall(r"\d+(?= EUR)", text))
# Negative look-behind: numbers not preceded by a dollar sign or a digit.
print(re.findall(r"(?<![$\d])\d+", text))

# Several look-aheads at one position: every condition must hold.
strong = re.compile(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}")
for password in ["password", "Passw0rd", "Sh0rt"]:
    print(f"{password:10}", "strong" if strong.fullmatch(password) else "weak")
