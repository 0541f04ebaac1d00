"""Sphinx configuration for the site (sources in docs/, output in build/)."""

project = "Module of the Week"
author = "The Module of the Week authors"
copyright = "2026, " + author
html_title = "Module of the Week"

extensions = [
    "sphinx_copybutton",
    "motw.sphinxext",
]

root_doc = "index"
exclude_patterns = ["_build", "**/transcripts.lock"]
templates_path = []

# Transcripts are written as plain `::` blocks (the seed's format); they
# are console sessions, so that is the default language.  Example
# scripts shown with literalinclude are highlighted as Python by
# motw.sphinxext from their file name.
highlight_language = "console"
pygments_style = "friendly"
pygments_dark_style = "monokai"

html_theme = "furo"
html_static_path = []

# sphinx-copybutton: on a transcript copy only the command, without "$ ".
copybutton_prompt_text = "$ "
copybutton_only_copy_prompt_lines = True
copybutton_line_continuation_character = "\\"

# Offline builds: nothing is downloaded while building.
intersphinx_mapping = {}
