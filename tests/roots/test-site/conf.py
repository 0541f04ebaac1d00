# A two-chapter site, standalone (scripts beside their page); its lock
# comes from a real `motw cog` run on the Python running the tests.
project = "Demo Site"
extensions = ["motw.site"]
highlight_language = "console"
exclude_patterns = ["_build", "**/transcripts.lock"]
html_theme = "basic"  # named, so that sphinx.testing keeps it: builds stay incremental
# The topics of the landing page, in order (each chapter names its own).
motw_topics = ["Text", "Data Persistence and Exchange"]
