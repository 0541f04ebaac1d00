"""Sphinx configuration for the site (sources in docs/, output in build/)."""

import os

project = "Module of the Week"
author = "The Module of the Week authors"
copyright = "2026, " + author
html_title = "Module of the Week"

extensions = [
    "sphinx_copybutton",
    "motw.site",  # with a 404.html that works from any folder
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
import motw  # noqa: E402

# Where the site is published and where its sources are: set them here,
# and only here.  Left empty, the site links to neither: no "view
# source"/"edit" buttons, no canonical address, no sitemap.xml, no Open
# Graph tags (and no placeholder address anywhere).
SITE_URL = ""  # e.g. "https://motw.example.org/" (ending in "/")
REPOSITORY_URL = ""  # e.g. "https://github.com/owner/module-of-the-week"

# The landing page groups the chapters by topic, in this order; a chapter
# names its topic in the first line of its index.rst (`:topic: Text`).
# A chapter without one is listed under "Other"; a topic not listed here
# is a build error.  See CONTRIBUTING.md.
motw_topics = [
    "Text",
    "Data Structures",
    "Algorithms",
    "Dates and Times",
    "Mathematics",
    "The File System",
    "Data Persistence and Exchange",
    "Compression and Archiving",
    "Cryptography",
    "Concurrency",
    "Networking",
    "The Internet",
    "Application Building Blocks",
    "Internationalization",
    "Developer Tools",
    "Runtime Features",
    "Language Tools",
]

html_theme_options: dict = {}
if REPOSITORY_URL:  # Furo's buttons open the page's .rst in the repository
    html_theme_options |= {
        "source_repository": REPOSITORY_URL.rstrip("/") + "/",
        "source_branch": "main",
        "source_directory": "docs/",
    }
if SITE_URL:
    html_baseurl = SITE_URL  # <link rel=canonical>
    extensions += ["sphinx_sitemap", "sphinxext.opengraph"]
    sitemap_url_scheme = "{link}"
    sitemap_excludes = ["404.html", "search.html", "genindex.html"]
    ogp_site_url = SITE_URL
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
