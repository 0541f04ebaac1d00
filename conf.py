"""Sphinx configuration for the site (sources in docs/, output in build/)."""

import os

project = "Module of the Week"
author = "The Module of the Week authors"
copyright = "2026, " + author
html_title = "Module of the Week"

extensions = [
    "sphinx_copybutton",
    "motw.site",
    "notfound.extension",  # 404.html
    "sphinx_sitemap",  # sitemap.xml
    "sphinxext.opengraph",  # Open Graph <meta> tags
    "motw.site.references",  # Python names link to docs.python.org
]

root_doc = "index"
exclude_patterns = ["_build", "**/transcripts.lock"]
templates_path = []

# Transcripts are written as plain `::` blocks (the seed's format); they
# are console sessions, so that is the default language.  Example
# scripts shown with literalinclude are highlighted as Python by
# motw.site from their file name.
highlight_language = "console"
# WCAG AA colours (friendly's grey output measured 3.1:1), console prompts stand out.
pygments_style = "motw.site.styles.LightStyle"
pygments_dark_style = "motw.site.styles.DarkStyle"

html_theme = "furo"
html_static_path = []

# sphinx-copybutton: on a transcript copy only the command, without "$ ".
copybutton_prompt_text = "$ "
copybutton_only_copy_prompt_lines = True
copybutton_line_continuation_character = "\\"
copybutton_copy_empty_lines = False  # the blank line after the command

# Links to docs.python.org (motw.site.references): the prose's Python
# references and the standard-library names of the shown scripts.  They
# are resolved offline, from Debian's python3.11-doc (or the copy of its
# objects.inv that `make python-inventory` takes) and the names Python
# added since; Read the Docs, which has network, reads the live inventory.
motw_python_inventory_live = os.environ.get("READTHEDOCS") == "True"

# -- The reader's site ----------------------------------------------------
from urllib.parse import urlsplit  # noqa: E402

import motw  # noqa: E402

# Where the site is published and where its sources are: change these two
# when the project moves (the values here are placeholders).
REPOSITORY_URL = "https://github.com/example/module-of-the-week"
html_baseurl = "https://example.github.io/module-of-the-week/"  # trailing "/"

# Furo's "view source" and "edit" buttons open the page's .rst in the repository.
html_theme_options = {
    "source_repository": REPOSITORY_URL,
    "source_branch": "main",
    "source_directory": "docs/",
}

# 404.html works at any depth: its links are absolute, under the site's path.
notfound_urls_prefix = urlsplit(html_baseurl).path
sitemap_url_scheme = "{link}"
sitemap_excludes = ["404.html", "search.html", "genindex.html"]
ogp_site_url = html_baseurl
ogp_site_name = project
ogp_social_cards = {"enable": False}  # would need matplotlib and fonts

# EPUB for offline readers (`make epub`): Furo is for HTML only.
version = release = motw.__version__  # EPUB 3 needs a version
epub_theme = "epub"
epub_basename = "module-of-the-week"
epub_publisher = author
# Sphinx writes epub_uid into toc.ncx, where readers expect the identifier.
epub_uid = epub_identifier = "module-of-the-week"
epub_show_urls = "no"
