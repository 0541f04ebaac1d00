"""Setting up the Pythons the examples run on (``make`` runs both commands).

- :mod:`.pythons` ``motw provision`` and ``motw pythons``: which configured
  Pythons are provisioned from Debian's archive, and what was found
- :mod:`.envs`    ``motw envs``: the examples' environment ``.venvs/<version>``
  on every configured Python
"""
