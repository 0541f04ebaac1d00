"""Time from a reader's first click on Run to the first line of output.

Serves a built site (default ``build/html``, from ``make html``) on
127.0.0.1, opens a page in headless Chromium (Debian's, with Selenium),
clicks its first Run button and reports how long the first output and
the end of the run took: the download of Pyodide from the local server,
its start in a Web Worker, the page's session.  A benchmark, not a test:

    .venv/bin/python benchmarks/first_click.py [--site build/html] [--page asyncio/coroutines.html]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import tempfile
import threading
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("build/html"))
    parser.add_argument("--page", default="asyncio/coroutines.html")
    args = parser.parse_args()
    handler = functools.partial(Quiet, directory=str(args.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in [*FLAGS, f"--user-data-dir={tempfile.mkdtemp(prefix='motw-bench-')}"]:
        options.add_argument(flag)
    browser = webdriver.Chrome(options=options)
    try:
        browser.get(f"http://127.0.0.1:{server.server_address[1]}/{args.page}")
        button = browser.find_element(By.CSS_SELECTOR, "button.motw-run:not([disabled])")
        script = button.get_attribute("data-script")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        started = time.monotonic()
        browser.execute_script("arguments[0].click()", button)
        output = browser.find_element(By.CLASS_NAME, "motw-run-output")
        WebDriverWait(browser, 300, poll_frequency=0.02).until(
            lambda d: output.text.count("\n") >= 2
        )
        first = time.monotonic() - started
        status = browser.find_element(By.CLASS_NAME, "motw-run-status")
        WebDriverWait(browser, 300, poll_frequency=0.02).until(
            lambda d: status.text.startswith(("Finished", "Could"))
        )
        done = time.monotonic() - started
        print(f"{args.page}: Run {script}: first output {first:.2f} s, finished {done:.2f} s")
    finally:
        browser.quit()
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
