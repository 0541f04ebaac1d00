"""A Run button on each included script the browser proof labelled.

The labels come from the chapter's ``browser.lock`` (written by ``motw
prove-browser``, :mod:`motw.cogpass.browserproof`):

- ``same``: a plain Run button in the script's caption;
- ``differs``: the button says the browser prints differently, and a
  disclosure beside it shows the difference;
- ``cannot run``: no button; a short focusable note says why on hover
  or focus.

The button needs JavaScript (``motw.js`` shows it); without it the page
is as before.  The first click starts a Web Worker (``run/motw-worker.mjs``, with the
runner it shares with the build's proof, ``run/motw-session.mjs``)
that loads Pyodide from ``_static/pyodide/`` (copied from
``node_modules/pyodide`` when the site is built) and the page's session,
``_motw/run/<page>.json``: the example folder's files, the page's runs
in order, and the hidden part of each script around what the page shows.
Nothing is loaded before that click.
"""

from __future__ import annotations

import base64
import html
import json
import os
import shutil
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

from ..cogpass.browserproof import CANNOT, DIFFERS, LOCK, Example, folder_files, read_lock
from ..engine.pyodide import RUNTIME_FILES, SCRIPTS, find_pyodide
from ..errors import LockFileError
from ..project import example_dir_for, project_root_for

logger = logging.getLogger(__name__)
BUNDLES = "_motw/run"
WORKER_FILES = ("motw-worker.mjs", "motw-session.mjs")
STACK_SWITCHING = ("asyncio",)  # what needs JSPI under Pyodide


def page_examples(env: BuildEnvironment, docname: str) -> list[Example]:
    """The proof's labels of *docname*'s runs (none: no button)."""
    page = Path(env.doc2path(docname))
    try:
        _, pages = read_lock(page.parent)
    except LockFileError as error:
        logger.warning(str(error), location=docname)
        return []
    proof = pages.get(page.name)
    return list(proof.examples) if proof else []


class RunButtons(SphinxPostTransform):
    """HTML: the Run button or note in the caption of each proved script."""

    builders = ("html",)  # the paths below are those of html's pages
    default_priority = 20  # after the download link is placed

    def run(self, **kwargs) -> None:
        docname = self.env.docname
        examples = page_examples(self.env, docname)
        if not examples or find_pyodide(project_root_for(self.env.doc2path(docname))) is None:
            return
        first: dict[str, Example] = {}
        for example in examples:
            first.setdefault(example.script, example)
        up = "../" * docname.count("/")
        for block in list(self.document.findall(nodes.literal_block)):
            source = block.get("source", "")
            wrapper = block.parent
            proved = first.get(os.path.basename(source)) if source else None
            if proved is None or not isinstance(wrapper, nodes.container):
                continue
            if not isinstance(wrapper[0], nodes.caption):
                continue
            whole = Path(source).read_text("utf-8")
            shown = block.astext()
            start = whole.find(shown) if shown else -1
            prefix, suffix = ("", "") if start < 0 else (whole[:start], whole[start + len(shown) :])
            where = {
                "bundle": f"{up}{BUNDLES}/{docname}.json",
                "static": f"{up}_static/",
                "prefix": prefix,
                "suffix": suffix,
                "stack-switching": "yes" if any(w in whole for w in STACK_SWITCHING) else "no",
            }
            wrapper[0] += nodes.raw("", control(proved, where), format="html")


def control(example: Example, where: dict[str, str]) -> str:
    """The HTML beside a script's caption for *example*'s label."""
    name = html.escape(example.script)
    if example.label == CANNOT:
        reason = html.escape(example.reason)
        return (
            f' <span class="motw-norun" tabindex="0" role="note">'
            f'<span class="motw-norun-label">Not runnable here</span>'
            f'<span class="motw-norun-why">{name} cannot run in your browser: {reason}.</span>'
            "</span>"
        )
    text = "Run" if example.label != DIFFERS else "Run: prints differently"
    attributes = f'data-script="{name}" data-run="{example.run}" ' + " ".join(
        f'data-{key}="{html.escape(value)}"' for key, value in where.items()
    )
    button = (
        f' <button type="button" class="motw-run" hidden {attributes}>{text}'
        f'<span class="motw-visually-hidden"> {name} in your browser</span></button>'
    )
    if example.label != DIFFERS:
        return button
    return (
        f'{button}<details class="motw-run-differs" hidden><summary>see why'
        f'<span class="motw-visually-hidden"> {name} prints differently</span></summary>'
        f"<p>Your browser runs Python compiled to WebAssembly (Pyodide); this is how its output "
        f"differs from the transcript above:</p>"
        f'<pre class="motw-run-diff">{html.escape(example.diff)}</pre></details>'
    )


def write_bundles(app: Sphinx, exception: Exception | None) -> None:
    """Each page's session as JSON, and the Pyodide runtime, into the site."""
    if exception is not None or app.builder.name != "html":  # not EPUB
        return
    proved = {name: page_examples(app.env, name) for name in sorted(app.env.found_docs)}
    proved = {name: examples for name, examples in proved.items() if examples}
    if not proved:
        return
    out = Path(app.outdir)
    pyodide = find_pyodide(project_root_for(app.env.doc2path(next(iter(proved)))))
    if pyodide is None:
        return
    for name in WORKER_FILES:  # not in static/: an EPUB has no use for them
        shutil.copyfile(SCRIPTS / name, out / "_static" / name)
    target = out / "_static" / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        source = pyodide.folder / name
        copy = target / name
        if not copy.exists() or copy.stat().st_size != source.stat().st_size:
            shutil.copyfile(source, copy)
    for docname, examples in proved.items():
        folder = example_dir_for(app.env.doc2path(docname))
        files = {
            name: base64.b64encode(data).decode("ascii")
            for name, data in folder_files(folder).items()
        }
        data = {
            "folder": folder.name,
            "files": files,
            "examples": [example.to_json() for example in examples],
        }
        path = out / BUNDLES / f"{docname}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, sort_keys=True), "utf-8")


def note_lock(app: Sphinx, doctree: nodes.document) -> None:
    """A new proof rebuilds the pages beside it."""
    lock = Path(app.env.doc2path(app.env.docname)).parent / LOCK
    if lock.is_file():
        app.env.note_dependency(str(lock))


def setup(app: Sphinx) -> None:
    app.connect("doctree-read", note_lock)
    app.add_post_transform(RunButtons)
    app.connect("build-finished", write_bundles)
