"""The benchmark's synthetic project: seeded, so every run builds the same.

Laid out like the real one::

    project/pyproject.toml                     [tool.motw] pythons
    project/docs/<chapter>/index.rst           one page per chapter
    project/source_examples/<chapter>/*.py     its scripts, one block each

Scripts are quick prints (interpreter start-up only), sleeps of
0.05-0.2 s and short pure-Python loops.  About a quarter of the pages
are *stateful*: a chain of 3 to 6 of their scripts shares the file
``shared.txt``; the first creates it, each later one reads it, appends
to it, or both.  Other scripts of the page may sit between them.

Every script first appends ``<script>\\t<major>.<minor>`` to a spawn log
outside the project, so the bench counts the runs each step started
without taking the pass's word for it.
"""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

from motw.config import load

SEED = 20240607
PYTHONS = load(Path(__file__).resolve().parent.parent).pythons  # the project's, newest first
MIX = (("print", 0.70), ("sleep", 0.20), ("cpu", 0.10))
SLEEP_RANGE = (0.05, 0.2)  # seconds
CPU_LOOPS = (350_000, 700_000)  # iterations: ~0.05-0.1 s of CPU
PER_PAGE = (3, 8)  # scripts on a page, at least and at most
STATEFUL_SHARE = 0.25  # of the pages
CHAIN = (3, 6)  # scripts sharing the file, at least and at most
SHARED = "shared.txt"
LATER_ROLES = ("read", "append", "append+read")
EDIT_MARK = " (edited)"  # added to the payload of a chain's creator
OUTPUT_MARK = "edited by the bench"  # printed by an edited independent script

WORDS = (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima "
    "mike november oscar papa quebec romeo sierra tango uniform victor whiskey "
    "xray yankee zulu"
).split()

HEADER = '''\
#!/usr/bin/env python3
# encoding: utf-8
"""{doc}"""

#end_pymotw_header
import os
import sys

_fd = os.open({log!r}, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
os.write(_fd, ("{name}\\t%d.%d\\n" % sys.version_info[:2]).encode())
os.close(_fd)
'''


@dataclasses.dataclass(frozen=True)
class Script:
    chapter: str
    name: str
    kind: str  # print, sleep or cpu
    role: str = "independent"  # or "creates", or one of LATER_ROLES


@dataclasses.dataclass(frozen=True)
class Page:
    chapter: str
    scripts: tuple[Script, ...]

    @property
    def path(self) -> str:
        """As the pass names it, from the project's root."""
        return f"docs/{self.chapter}/index.rst"

    @property
    def chain(self) -> tuple[Script, ...]:
        """The scripts sharing the file, in page order (empty: stateless)."""
        return tuple(s for s in self.scripts if s.role != "independent")


class CorpusError(ValueError):
    """Arguments no corpus can satisfy."""


def check_size(chapters: int, examples: int) -> None:
    if chapters < 3:
        raise CorpusError("need at least 3 chapters (three different pages are edited)")
    if not PER_PAGE[0] * chapters <= examples <= PER_PAGE[1] * chapters:
        raise CorpusError(
            f"need {PER_PAGE[0]} to {PER_PAGE[1]} examples per chapter "
            f"({PER_PAGE[0] * chapters}-{PER_PAGE[1] * chapters} for {chapters} chapters)"
        )


def plan(chapters: int, examples: int, seed: int = SEED) -> list[Page]:
    """The pages and their scripts, the same for the same arguments."""
    check_size(chapters, examples)
    rng = random.Random(seed)
    base, extra = divmod(examples, chapters)
    counts = [base + (number < extra) for number in range(chapters)]
    for _ in range(2 * chapters):  # spread the sizes, keeping the total
        give, take = rng.randrange(chapters), rng.randrange(chapters)
        if counts[give] > PER_PAGE[0] and counts[take] < PER_PAGE[1]:
            counts[give] -= 1
            counts[take] += 1
    kinds: list[str] = []
    for kind, share in MIX[1:]:
        kinds += [kind] * round(examples * share)
    kinds = [MIX[0][0]] * (examples - len(kinds)) + kinds
    rng.shuffle(kinds)
    stateful = set(rng.sample(range(chapters), max(1, round(chapters * STATEFUL_SHARE))))
    pages = []
    for number, count in enumerate(counts):
        chapter = f"ch{number:03d}_{WORDS[number % len(WORDS)]}"
        roles = ["independent"] * count
        if number in stateful:
            length = rng.randint(CHAIN[0], min(CHAIN[1], count))
            members = sorted(rng.sample(range(count), length))
            roles[members[0]] = "creates"
            for index in members[1:]:
                roles[index] = rng.choice(LATER_ROLES)
        scripts = tuple(
            Script(chapter, f"{chapter}_ex{index}.py", kinds.pop(), roles[index])
            for index in range(count)
        )
        pages.append(Page(chapter, scripts))
    return pages


def scripts_of(pages: list[Page]) -> list[Script]:
    return [script for page in pages for script in page.scripts]


# -- text ---------------------------------------------------------------------


def script_text(script: Script, rng: random.Random, log: Path) -> str:
    doc = f"Example {script.name} ({script.kind}, {script.role})."
    parts = [HEADER.format(doc=doc, log=str(log), name=script.name)]
    if script.kind == "sleep":
        seconds = round(rng.uniform(*SLEEP_RANGE), 3)
        parts.append(f"import time\n\ntime.sleep({seconds})\nprint('slept {seconds} s')\n")
    elif script.kind == "cpu":
        loops = rng.randrange(*CPU_LOOPS)
        parts.append(
            "total = 0\n"
            f"for i in range({loops}):\n"
            "    total = (total + i * i) % 1000003\n"
            f"print('checksum of {loops} squares:', total)\n"
        )
    else:
        for _ in range(rng.randrange(1, 6)):
            line = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(2, 8)))
            parts.append(f"print({line!r})\n")
    if script.role == "creates":
        payload = f"seed: {rng.choice(WORDS)} {rng.choice(WORDS)}"
        parts.append(
            f"PAYLOAD = {payload!r}\n"
            f"with open({SHARED!r}, 'w') as shared:\n"
            "    shared.write(PAYLOAD + '\\n')\n"
            f"print('wrote', repr(PAYLOAD), 'to {SHARED}')\n"
        )
    if "append" in script.role:
        parts.append(
            f"with open({SHARED!r}, 'a') as shared:\n"
            f"    shared.write('{script.name} was here\\n')\n"
            f"print('appended a line to {SHARED}')\n"
        )
    if "read" in script.role:
        parts.append(
            f"with open({SHARED!r}) as shared:\n"
            "    lines = shared.read().splitlines()\n"
            f"print(len(lines), 'line(s) in {SHARED}')\n"
            "print('first:', lines[0])\n"
        )
    return "".join(parts)


def page_text(page: Page) -> str:
    title = f"Chapter {page.chapter}"
    parts = [f"{'=' * len(title)}\n{title}\n{'=' * len(title)}\n"]
    for script in page.scripts:
        parts.append(
            f"\nThe example {script.name} is a {script.kind} script ({script.role}).\n\n"
            f".. literalinclude:: ../../source_examples/{page.chapter}/{script.name}\n"
            f"   :caption: {script.name}\n"
            "   :start-after: #end_pymotw_header\n\n"
            ".. {{{cog\n"
            f".. cog.out(run_script(cog.inFile, {script.name!r}))\n"
            ".. }}}\n"
            ".. {{{end}}}\n"
        )
    return "".join(parts)


def pyproject_text(pythons: tuple[str, ...]) -> str:
    listed = ", ".join(f'"{version}"' for version in pythons)
    return f'[project]\nname = "motw-bench-corpus"\n\n[tool.motw]\npythons = [{listed}]\n'


def write(
    project: Path,
    pages: list[Page],
    log: Path,
    pythons: tuple[str, ...] = PYTHONS,
    seed: int = SEED,
) -> None:
    rng = random.Random(seed + 1)
    project.mkdir(parents=True)
    (project / "pyproject.toml").write_text(pyproject_text(pythons))
    for page in pages:
        folder = project / "source_examples" / page.chapter
        folder.mkdir(parents=True)
        for script in page.scripts:
            (folder / script.name).write_text(script_text(script, rng, log))
        docs = project / "docs" / page.chapter
        docs.mkdir(parents=True)
        (docs / "index.rst").write_text(page_text(page))


def set_pythons(project: Path, pythons: tuple[str, ...]) -> None:
    (project / "pyproject.toml").write_text(pyproject_text(pythons))


# -- edits --------------------------------------------------------------------


def script_path(project: Path, script: Script) -> Path:
    return project / "source_examples" / script.chapter / script.name


def edit_output(project: Path, script: Script) -> None:
    """Change what *script* prints (and nothing it writes)."""
    path = script_path(project, script)
    path.write_text(path.read_text() + f"print({OUTPUT_MARK!r})\n")


def edit_payload(project: Path, script: Script) -> None:
    """Change what the creator of a chain writes into the shared file."""
    if script.role != "creates":
        raise ValueError(f"{script.name} creates no shared file")
    path = script_path(project, script)
    text, count = re.subn(
        r"^(PAYLOAD = '[^']*)'$", rf"\1{EDIT_MARK}'", path.read_text(), flags=re.M
    )
    if count != 1:
        raise ValueError(f"{path}: no PAYLOAD line to edit")
    path.write_text(text)


def page_texts(project: Path) -> dict[str, str]:
    """Each page's text, by its path from the project's root."""
    return {
        path.relative_to(project).as_posix(): path.read_text()
        for path in sorted((project / "docs").rglob("*.rst"))
    }
