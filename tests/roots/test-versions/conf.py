# A chapter whose transcripts differ between Pythons (standalone layout:
# scripts beside their pages); its lock and sidecars come from a real
# `motw cog` pass on 3.15, 3.14, 3.13, 3.12 and 3.11.
extensions = ["motw.site"]
highlight_language = "console"
exclude_patterns = ["_build", "**/transcripts.lock"]
html_theme = "basic"  # named, so that sphinx.testing keeps it: builds stay incremental
