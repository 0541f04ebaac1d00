"""Code colours of the site (``pygments_style`` and ``pygments_dark_style``).

accessible-pygments' ``a11y-light`` and ``a11y-dark``, whose colours all
reach WCAG AA contrast (4.5:1) against their backgrounds, plus what a
console session needs to read as one: a bold, coloured ``$`` prompt and
output set apart from the command, and what a diff between two Pythons'
transcripts needs: removed lines red, added lines green, all taken from
the same palettes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pygments.styles import get_style_by_name
from pygments.token import Generic

if TYPE_CHECKING:  # the palettes are found by name: to a type checker, any style
    from pygments.style import Style as _A11yDark
    from pygments.style import Style as _A11yLight
else:
    _A11yLight = get_style_by_name("a11y-light")
    _A11yDark = get_style_by_name("a11y-dark")


class LightStyle(_A11yLight):
    name = "motw-light"
    styles = {
        **_A11yLight.styles,
        Generic.Prompt: "bold #d71835",
        Generic.Output: "#515151",
        Generic.Deleted: "#d71835",
        Generic.Inserted: "#116633",
    }


class DarkStyle(_A11yDark):
    name = "motw-dark"
    styles = {
        **_A11yDark.styles,
        Generic.Prompt: "bold #ffa07a",
        Generic.Output: "#d4d0ab",
        Generic.Deleted: "#ffa07a",
        Generic.Inserted: "#abe338",
    }
