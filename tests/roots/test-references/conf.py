# A page of prose references and a shown script (tests/test_references.py).
extensions = ["motw.site.references"]
nitpicky = True  # an unresolved reference is a warning, so an error with -W
