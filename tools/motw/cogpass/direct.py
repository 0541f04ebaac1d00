"""``run_script`` outside a pass: each call runs at once, page by page.

Plain cogapp (``python -m cogapp -p "from motw import run_script" ...``)
or a call from Python gets the same transcripts a pass writes for the
primary Python: each page is a session, so a call sees what the earlier
calls for the same page left in its working copy.  Results are cached in
``$MOTW_CACHE_DIR`` when that is set.
"""

from __future__ import annotations

import atexit
import os
import sys

from ..config import load
from ..engine.cache import ExecutionCache
from ..engine.interpreters import Interpreters
from ..engine.runner import RunSpec, Workspace
from ..engine.state import apply_effects, committed_state
from ..engine.transcript import Request, transcript, warnings_for
from ..errors import InterpreterMissing, TranscriptError
from ..project import cache_folder, project_root_for


class DirectRunner:
    """Runs each request when asked, through the cache."""

    def __init__(self, cache: ExecutionCache):
        self.cache = cache
        self.workspace: Workspace | None = None
        self.sessions: dict[str, tuple[dict, dict]] = {}  # page -> (committed, state)

    @classmethod
    def from_environment(cls) -> DirectRunner:
        return cls(ExecutionCache(cache_folder(None)))

    def rejected(self, error: TranscriptError) -> str:
        raise error

    def transcript(self, request: Request) -> str:
        root = project_root_for(request.input_file)
        primary = load(root).primary
        interpreter = Interpreters(root).find(primary)
        if interpreter is None:
            raise InterpreterMissing(
                f"Python {primary} (the primary Python of {root}) is not installed here",
                request.file,
                request.line,
            )
        example_dir = request.example_dir
        page = os.path.abspath(request.input_file)
        committed = committed_state(example_dir)
        if page not in self.sessions or self.sessions[page][0] != committed:
            self.sessions[page] = (committed, dict(committed))  # a fresh session
        committed, state = self.sessions[page]
        spec = RunSpec.of(request, interpreter)
        recorded = self.cache.lookup(spec.setup, state)
        if recorded is None:
            if self.workspace is None:
                self.workspace = Workspace(self.cache.blobs)
                atexit.register(self.workspace.close)
            recorded = self.workspace.run(spec, state, committed, f"{page} on {primary}")
            self.cache.put(spec.setup, recorded)
        self.sessions[page] = (committed, apply_effects(state, recorded.effects))
        for note in warnings_for(request, recorded.result):
            print(f"warning: {note}", file=sys.stderr)
        return transcript(request, recorded.result)
