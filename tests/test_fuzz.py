"""Any output at all makes a page that is valid, reads back, checks and builds.

Outputs are generated (hypothesis): random bytes, often not UTF-8;
control characters and terminal escapes; cog's marker text; very long
lines; runs of blank lines; every mix of CR and LF.  They go through the
transcript's formatting (:func:`motw.engine.transcript.text_of`), and, a
batch at a time, through a real pass: one page with a block per output,
each block's script printing one of them, then ``motw check`` and a
``sphinx-build -W`` of the page with the site's own configuration.
"""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from motw.cli import main
from motw.cogpass import pages
from motw.engine.options import LINE_BREAK_MODES
from motw.engine.transcript import text_of

REPO = Path(__file__).resolve().parent.parent

MARKER_TEXT = [
    "{{{cog", "}}}", "{{{end}}}", ".. {{{cog\n", ".. }}}\n", ".. {{{end}}}\n", "{{", "}}",
    "{", "}", "{'a': {'b': {'c': {}}}}", "[[[cog", "]]]", "::", ".. ", "\n::\n\n", "`", "|",
    ".. code-block:: none", "\t$ python3 x.py", "\u2060", "\ufeff",
]  # fmt: skip
CONTROLS = [
    b"\x1b[31m", b"\x1b[0m", b"\x1b[2K", b"\x1b]0;title\x07", b"\x1b]", b"\x1b", b"\x1bP",
    b"\x00", b"\x07", b"\x08", b"\x0b", b"\x0c", b"\x1c", b"\x7f", b"\xc2\x85", b"\xc2\x9b",
    b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\t",
]  # fmt: skip
LINE_ENDS = [b"\n", b"\r\n", b"\r", b"\n\r", b"\r\r\n"]

PIECES = st.one_of(
    st.binary(max_size=30),  # mostly not UTF-8
    st.text(max_size=30).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.sampled_from(MARKER_TEXT).map(str.encode),
    st.sampled_from(CONTROLS),
    st.sampled_from(LINE_ENDS),
    st.integers(2, 12).map(lambda n: b"\n" * n),  # runs of blank lines
    st.builds(
        lambda char, n: char * n,
        st.sampled_from([b"x", b"}", b"{", b" ", b"\t", b"-", "\u00e9".encode()]),
        st.integers(50, 400),
    ),  # long lines
)
OUTPUTS = st.lists(PIECES, max_size=12).map(b"".join)
# What the site builds: a transcript opens its own literal block and ends
# with a blank line (the default); any width and line break mode.
SITE_OPTIONS = st.fixed_dictionaries(
    {
        "break_lines_at": st.sampled_from([64, 0, 30]),
        "line_break_mode": st.sampled_from(sorted(LINE_BREAK_MODES)),
    }
)
ANY_OPTIONS = st.fixed_dictionaries(
    {
        "break_lines_at": st.sampled_from([64, 0, 30]),
        "line_break_mode": st.sampled_from(sorted(LINE_BREAK_MODES)),
        "include_prefix": st.booleans(),
        "trailing_newlines": st.booleans(),
    }
)
CONTINUED = "\n::\n\n\t$ python3 earlier.py\n\t\n\tearlier\n"  # trailing_newlines=False
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def decoded(output: bytes) -> str:
    """The output as the engine decodes it (see motw.engine.runner)."""
    return output.decode("utf-8", errors="replace")


def options_text(options: dict) -> str:
    return "".join(f", {name}={value!r}" for name, value in options.items())


def write_chapter(root: Path, outputs: list[tuple[bytes, dict]]) -> Path:
    """A project whose one page has a block per output; returns the page."""
    examples = root / "source_examples" / "demo"
    examples.mkdir(parents=True)
    (examples / "emit.py").write_text(
        "import sys\nwith open(sys.argv[1], 'rb') as stream:\n"
        "    sys.stdout.buffer.write(stream.read())\n"
    )
    docs = root / "docs"
    (docs / "demo").mkdir(parents=True)
    (docs / "index.rst").write_text("Fuzz\n====\n\n.. toctree::\n\n   demo/index\n")
    parts = ["Outputs\n=======\n\n"]
    for number, (output, options) in enumerate(outputs):
        (examples / f"out{number}.bin").write_bytes(output)
        command = f"'emit.py out{number}.bin'{options_text(options)}"
        parts.append(
            f"Block {number}.\n\n.. {{{{{{cog\n"
            f".. cog.out(run_script(cog.inFile, {command}))\n"
            ".. }}}\n.. {{{end}}}\n\n"
        )
    page = docs / "demo" / "index.rst"
    page.write_text("".join(parts))
    return page


def motw(root: Path, *args: str) -> tuple[int, str]:
    errors = io.StringIO()
    with contextlib.chdir(root), contextlib.redirect_stderr(errors):
        status = main([*args, "--cache-dir", str(root / ".cache" / "transcripts")])
    return status, errors.getvalue()


# -- formatting alone: many outputs, fast -----------------------------------


@pytest.fixture(scope="module")
def planned(tmp_path_factory) -> pages.Page:
    """A planned page of one block, to splice generated texts into."""
    page = write_chapter(tmp_path_factory.mktemp("formatting"), [(b"", {})])
    planned = pages.read(page)
    assert planned.error is None and len(planned.requests) == 1
    return planned


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(output=OUTPUTS, options=ANY_OPTIONS)
def test_any_output_formats_to_text_that_reads_back_as_the_same_block(planned, output, options):
    from motw.engine.options import RunOptions

    request = planned.requests[0]
    request = type(request)(
        request.file, request.line, request.input_file, request.command,
        RunOptions.from_kwargs(options), request.example_dir,
    )  # fmt: skip
    text = text_of(request, decoded(output))
    assert text_of(request, decoded(output)) == text  # deterministic
    text.encode("utf-8")  # no lone surrogate: the page will be valid UTF-8
    assert not RAW_CONTROL.search(text.replace("\t", "").replace("\n", ""))
    assert "{{{" not in text and "}}}" not in text
    assert text.endswith("\n\n" if options["trailing_newlines"] else "\n")
    body = text.split("\n")
    if options["include_prefix"]:
        assert body[:3] == ["", "::", ""]
        body = body[3:]
    assert all(line.startswith("\t") for line in body if line), "a line left the literal block"
    if not options["include_prefix"]:
        # A continuation follows another transcript in the same cog block
        # (alone, cogapp strips its indent: see the xfail test below).
        text = CONTINUED + text
    again = pages.read_back(
        planned, pages.splice(planned, [text]), [text]
    )  # raises if not the same blocks
    assert [block.output for block in again.blocks] == [text]


def test_a_continuation_alone_in_its_block_is_a_clear_error(tmp_path):
    page = write_chapter(tmp_path, [(b"first\n", {}), (b"*second\n", {"include_prefix": False})])
    original = page.read_bytes()
    status, errors = motw(tmp_path, "cog", "-q")
    assert "\n$ python3 emit.py out1.bin\n" not in page.read_text(), "the indent was stripped"
    assert status == 1 and "index.rst:13: " in errors and "include_prefix" in errors
    assert page.read_bytes() == original


# -- a real pass, a batch at a time -------------------------------------------


# Every kind of piece at least once, whatever the generation brings.
EVERY_KIND = [
    (b"\xff\xfe not \xed\xa0\x80 UTF-8 \xc3", {}),
    (b"\x1b[31mred\x1b[0m\r\x00\x07\x08\x0b\x0c\x1c\x7f\xc2\x85\xe2\x80\xa8 \x1b]0;t\x07", {}),
    ("\n".join(MARKER_TEXT).encode(), {"line_break_mode": "wrap"}),
    (b"}" * 400 + b"\n" + b"x" * 300, {"break_lines_at": 0}),
    (b"a\n" + b"\n" * 12 + b"b\r\nc\rd\n\re\r\r\n", {"line_break_mode": "fill"}),
    (b"", {}),
    (b" \t \n\t\n   ", {"line_break_mode": "truncate"}),
]


@pytest.mark.slow
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(batch=st.lists(st.tuples(OUTPUTS, SITE_OPTIONS), min_size=1, max_size=14))
@example(batch=EVERY_KIND)
def test_a_pass_over_any_outputs_writes_a_page_that_checks_and_builds(tmp_path_factory, batch):
    root = tmp_path_factory.mktemp("pass")
    page = write_chapter(root, batch)
    status, errors = motw(root, "cog", "-q")
    assert status == 0, errors
    page.read_bytes().decode("utf-8")  # strictly valid
    planned = pages.read(page)
    assert planned.error is None
    assert len(planned.blocks) == len(batch)
    assert [r.command.text for r in planned.requests] == [
        f"python3 emit.py out{number}.bin" for number in range(len(batch))
    ]
    for block, request, (output, _) in zip(planned.blocks, planned.requests, batch, strict=True):
        assert block.output == text_of(request, decoded(output))  # exactly the formatting's text
    status, errors = motw(root, "check")
    assert status == 0, errors
    built = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html",
         "-c", str(REPO), str(root / "docs"), str(root / "build")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert "Block 0." in (root / "build" / "demo" / "index.html").read_text("utf-8")
