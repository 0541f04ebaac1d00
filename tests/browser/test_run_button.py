"""Run buttons in a real browser: a chapter made by a real cog pass, proved
under Pyodide by a real `motw prove-browser`, built with the site's conf.py,
and run by headless chromium from a local server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from motw.engine.pyodide import find_pyodide

from .conftest import REPO, StaticHost, build_html, fresh_page, serve
from .test_reader_site import assert_no_serious_violations

pytestmark = pytest.mark.slow

SCRIPTS = {
    "notes_async.py": "import asyncio\n\n\nasync def main():\n    print('in main')\n"
    "    await asyncio.sleep(0.01)\n    print('done')\n\n\nasyncio.run(main())\n",
    "notes_make.py": "import sqlite3\n\ncon = sqlite3.connect('notes.db')\n"
    "con.execute('CREATE TABLE note (text TEXT)')\n"
    "con.executemany('INSERT INTO note VALUES (?)', [('tea',), ('cake',)])\n"
    "con.commit()\nprint('made notes.db')\n",
    "notes_read.py": "import sqlite3\n\ncon = sqlite3.connect('notes.db')\n"
    "print(sorted(row[0] for row in con.execute('SELECT text FROM note')))\n",
    "notes_platform.py": "import sys\n\nprint('running on', sys.platform)\n",
    "notes_thread.py": "import threading\n\nworker = threading.Thread(target=print, args=('hi',))\n"
    "worker.start()\nworker.join()\n",
}
PAGE = """\
Notes
=====

{sections}
Compatibility
-------------

.. compatibility-table::
"""
SECTION = """\
{name}
{rule}

.. literalinclude:: ../../source_examples/notes/{name}
   :caption: {name}
   :start-after: #end_pymotw_header

.. {{{{{{cog
.. cog.out(run_script(cog.inFile, '{name}'))
.. }}}}}}
.. {{{{{{end}}}}}}

"""
HEADER = '#!/usr/bin/env python3\n# encoding: utf-8\n"""{doc}"""\n\n#end_pymotw_header\n'
WAIT = 90  # loading Pyodide on a busy machine


REQUESTS: list[str] = []  # every path the test site was asked for


class RecordingHost(StaticHost):
    """The test site's server, noting each request (the worker's too)."""

    def send_head(self):
        REQUESTS.append(self.path)
        return super().send_head()


def motw(root: Path, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "motw", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
        env={k: v for k, v in os.environ.items() if k not in ("CI", "MOTW_CACHE_DIR")},
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def run_site(tmp_path_factory):
    if find_pyodide(REPO) is None:
        pytest.skip("Pyodide or Node is missing: run 'npm ci'")
    work = tmp_path_factory.mktemp("runsite")
    root = work / "source"
    (root / "source_examples" / "notes").mkdir(parents=True)
    (root / "docs" / "notes").mkdir(parents=True)
    (root / "node_modules").symlink_to(REPO / "node_modules")
    # The primary and the Python Pyodide is, whose transcripts the proof compares with.
    (root / "pyproject.toml").write_text('[tool.motw]\npythons = ["3.15", "3.14"]\n')
    for name, body in SCRIPTS.items():
        text = HEADER.format(doc="A note.") + body
        (root / "source_examples" / "notes" / name).write_text(text)
    sections = "".join(SECTION.format(name=n, rule="-" * len(n)) for n in SCRIPTS)
    (root / "docs" / "notes" / "index.rst").write_text(PAGE.format(sections=sections))
    (root / "docs" / "index.rst").write_text(
        "Site\n====\n\n.. toctree::\n\n   notes/index\n", "utf-8"
    )
    motw(root, "cog", "-q", "docs")
    motw(root, "prove-browser", "-q", "docs")
    yield from serve(build_html(root / "docs", work), RecordingHost)


@pytest.fixture
def notes(driver, run_site):
    page = fresh_page(driver, run_site)
    REQUESTS.clear()
    page.open("notes/index.html")
    return page


def transcript(page, name: str) -> str:
    for pre in page.driver.find_elements(By.CSS_SELECTOR, "div.highlight-console pre"):
        if pre.text.startswith(f"$ python3 {name}"):
            return pre.text
    raise AssertionError(f"no transcript of {name}")


def click(page, element) -> None:
    """Press *element* (a button, a summary) with the keyboard: Enter."""
    page.js("arguments[0].scrollIntoView({block: 'center'})", element)
    element.send_keys(Keys.ENTER)


def run_button(page, name: str):
    return page.driver.find_element(By.CSS_SELECTOR, f'button.motw-run[data-script="{name}"]')


def runner(page, name: str):
    click(page, run_button(page, name))
    panel = page.driver.find_element(By.XPATH, f'//div[@aria-label="Run {name} in your browser"]')
    return panel


def finished(page, panel, timeout: float = WAIT) -> str:
    status = panel.find_element(By.CLASS_NAME, "motw-run-status")
    WebDriverWait(page.driver, timeout).until(
        lambda d: status.text.startswith(("Finished", "Could"))
    )
    return panel.find_element(By.CLASS_NAME, "motw-run-output").text


def test_a_page_nobody_clicks_loads_no_interpreter(notes):
    assert run_button(notes, "notes_async.py").is_displayed()
    asked = [path for path in REQUESTS if "pyodide" in path or "_motw" in path or ".mjs" in path]
    assert REQUESTS and asked == []


def test_run_prints_the_pages_transcript_and_nothing_leaves_the_server(notes):
    panel = runner(notes, "notes_async.py")
    assert finished(notes, panel) == transcript(notes, "notes_async.py")
    assert panel.find_element(By.CLASS_NAME, "motw-run-status").text == "Finished."
    # The worker's requests reached the local server: Pyodide, the session...
    for wanted in ("motw-worker.mjs", "pyodide/pyodide.asm.wasm", "_motw/run/notes/index.json"):
        assert any(path.endswith(wanted) for path in REQUESTS), (wanted, REQUESTS)
    # ...and the page asked nothing of anyone else.
    loaded = notes.js("return performance.getEntriesByType('resource').map(e => e.name)")
    assert loaded and all(url.startswith(notes.origin) for url in loaded), loaded
    assert notes.console_errors() == []


def test_an_edited_line_prints_the_new_output(notes):
    panel = runner(notes, "notes_async.py")
    finished(notes, panel)
    editor = panel.find_element(By.TAG_NAME, "textarea")
    editor.clear()
    editor.send_keys("print('changed by the reader')\n")
    click(notes, panel.find_element(By.XPATH, ".//button[text()='Run']"))
    assert finished(notes, panel).endswith("changed by the reader")


def test_stop_ends_an_endless_loop_and_run_works_again_then_reset(notes):
    panel = runner(notes, "notes_platform.py")
    finished(notes, panel)
    editor = panel.find_element(By.TAG_NAME, "textarea")
    editor.clear()
    editor.send_keys("print('looping', flush=True)\nwhile True:\n    pass\n")
    click(notes, panel.find_element(By.XPATH, ".//button[text()='Run']"))
    output = panel.find_element(By.CLASS_NAME, "motw-run-output")
    WebDriverWait(notes.driver, WAIT).until(lambda d: "looping" in output.text)
    stop = panel.find_element(By.XPATH, ".//button[text()='Stop']")
    click(notes, stop)
    status = panel.find_element(By.CLASS_NAME, "motw-run-status")
    assert status.text == "Stopped."
    click(notes, panel.find_element(By.XPATH, ".//button[text()='Reset']"))
    assert editor.get_attribute("value") == SCRIPTS["notes_platform.py"]
    click(notes, panel.find_element(By.XPATH, ".//button[text()='Run']"))
    assert finished(notes, panel).endswith("running on emscripten")


def test_a_page_session_reads_the_database_an_earlier_script_made(notes):
    panel = runner(notes, "notes_read.py")
    assert finished(notes, panel) == transcript(notes, "notes_read.py")


def test_an_example_that_prints_differently_says_so_and_shows_why(notes):
    button = run_button(notes, "notes_platform.py")
    assert button.text.startswith("Run: prints differently")
    details = button.find_element(By.XPATH, "following-sibling::details")
    click(notes, details.find_element(By.TAG_NAME, "summary"))
    diff = details.find_element(By.TAG_NAME, "pre").text
    assert "-\trunning on linux" in diff.replace("    ", "\t") or "running on linux" in diff
    assert "running on emscripten" in diff


def test_an_example_that_cannot_run_has_no_button_and_says_why_on_focus(notes):
    assert not notes.driver.find_elements(
        By.CSS_SELECTOR, 'button.motw-run[data-script="notes_thread.py"]'
    )
    note = notes.driver.find_element(By.CSS_SELECTOR, ".motw-norun")
    why = note.find_element(By.CLASS_NAME, "motw-norun-why")
    assert why.size["width"] <= 3  # hidden, yet read by screen readers
    assert "threads" in why.get_attribute("textContent")
    notes.js("arguments[0].focus()", note)
    assert why.size["width"] > 100 and "threads" in why.text


def test_the_runner_is_accessible_in_light_and_dark(notes, axe_source):
    panel = runner(notes, "notes_async.py")
    finished(notes, panel)
    assert_no_serious_violations(notes, axe_source)
    notes.open("notes/index.html", theme="dark")
    assert_no_serious_violations(notes, axe_source)


def test_without_javascript_there_is_no_button(driver, run_site):
    page = fresh_page(driver, run_site)
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        page.driver.get(run_site + "notes/index.html")
        buttons = driver.find_elements(By.CSS_SELECTOR, "button.motw-run")
        assert buttons and not any(button.is_displayed() for button in buttons)
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_the_compatibility_table_has_a_browser_column(notes):
    table = notes.driver.find_element(By.CSS_SELECTOR, "table.motw-compatibility")
    headers = [
        th.get_attribute("textContent").strip() for th in table.find_elements(By.TAG_NAME, "th")
    ]
    assert headers[-1] == "Browser"
    rows = {}
    for row in table.find_elements(By.CSS_SELECTOR, "tbody tr:not(.motw-page-row)"):
        cells = row.find_elements(By.TAG_NAME, "td")
        rows[cells[0].get_attribute("textContent").strip()] = (
            cells[-1].get_attribute("textContent").replace("browser", "", 1).strip()
        )
    assert rows == {
        "notes_async.py": "same",
        "notes_make.py": "same",
        "notes_read.py": "same",
        "notes_platform.py": "differs",
        "notes_thread.py": "cannot run",
    }


def test_the_runner_fits_a_phone(notes):
    notes.phone()
    notes.open("notes/index.html")
    panel = runner(notes, "notes_make.py")
    finished(notes, panel)
    wide = notes.js("return document.documentElement.scrollWidth > window.innerWidth")
    assert not wide
