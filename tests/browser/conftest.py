"""The reader's site in a real browser: Debian's chromium, driven by Selenium.

The session builds the site from docs/ into a temporary folder (no
``make html`` needed), serves it on 127.0.0.1 from a thread and drives
one headless chromium for all the tests.  Nothing downloads a browser:
chromium and chromedriver come from Debian, axe-core from ``npm ci``.
Where they are missing the tests skip, saying how to install them; in
CI (``CI`` set) they fail instead, so a green run cannot hide them.
"""

from __future__ import annotations

import functools
import http.server
import io
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("MOTW_SCREENSHOTS") or REPO / "build" / "screenshots")
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = (1280, 900)

# Without these, chromium on a machine with no internet hangs on connections.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-color-profile=srgb",
]


def _find(name: str, debian_path: str) -> str | None:
    return shutil.which(name) or (debian_path if os.access(debian_path, os.X_OK) else None)


CHROMIUM = _find("chromium", "/usr/bin/chromium")
CHROMEDRIVER = _find("chromedriver", "/usr/bin/chromedriver")


def missing_requirement(message: str) -> None:
    """Skip locally, fail in CI, saying what is missing and how to install it."""
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The whole site, built the way `make html` builds it (without -W:
    warnings about other people's unfinished pages are not this test's)."""
    return build_html(REPO / "docs", tmp_path_factory.mktemp("site"))


def build_html(source: Path, work: Path, *options: str) -> Path:
    """*source* built into *work*/html with the site's conf.py."""
    out = work / "html"
    built = subprocess.run(
        [sys.executable, "-m", "sphinx", *options, "-q", "-b", "html", "-c", str(REPO)]
        + ["-d", str(work / "doctrees"), str(source), str(out)],
        capture_output=True,
        text=True,
        timeout=900,  # the whole site, from nothing, on a busy machine
    )
    assert built.returncode == 0, built.stderr
    return out


# The site is served from a folder of a static host that nothing in the
# site names (conf.py may name no address at all): 404.html must find
# the site's root by itself.
SITE_PATH = "/some/folder/"


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """The built site under SITE_PATH; a missing page gets 404.html, as on GitHub Pages."""

    def send_head(self):
        path = urlsplit(self.path).path
        if not path.startswith(SITE_PATH):
            self.send_error(404)
            return None
        self.path = "/" + self.path[len(SITE_PATH) :]
        if not Path(self.translate_path(self.path)).exists():
            body = (Path(self.directory) / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)
        return super().send_head()

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


def serve(directory: Path, host: type[StaticHost] = StaticHost):
    """Serve *directory* as the site until the generator is closed; yields its URL."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(host, directory=str(directory))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SITE_PATH}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def base_url(site):
    """http://127.0.0.1:<free port>/<site path>/ serving the built site."""
    yield from serve(site)


@pytest.fixture(scope="session")
def versions_site(tmp_path_factory) -> Path:
    """tests/roots/test-versions after a real `motw cog` on its five Pythons
    (3.15 to 3.11), built with the site's own conf.py: transcripts that
    differ between Pythons, are the same, need 3.12 or fail on 3.11."""
    from motw.cogpass.pythons import find

    work = tmp_path_factory.mktemp("versions")
    root = work / "source"
    shutil.copytree(REPO / "tests" / "roots" / "test-versions", root)
    missing = find(root, None).missing
    if missing:
        missing_requirement(
            f"the version switcher needs Python {', '.join(missing)} (pyenv install)"
        )
    environment = {
        k: v for k, v in os.environ.items() if k not in ("CI", "MOTW_REQUIRE_ALL_PYTHONS")
    }
    cogged = subprocess.run(
        [sys.executable, "-m", "motw", "cog", "."],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert cogged.returncode == 0, cogged.stderr
    return build_html(root, work, "-W")


@pytest.fixture(scope="session")
def versions_url(versions_site):
    yield from serve(versions_site)


@pytest.fixture(scope="session")
def driver():
    if not CHROMIUM or not CHROMEDRIVER:
        missing_requirement(
            "chromium and chromedriver are needed for the browser tests: "
            "apt-get install chromium chromium-driver (as root)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="motw-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument("--window-size={},{}".format(*DESKTOP))
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(30)
    yield browser
    browser.quit()
    shutil.rmtree(profile, ignore_errors=True)


class Page:
    """The browser on the test site, with the few helpers the tests share."""

    def __init__(self, driver, base_url: str):
        self.driver = driver
        self.base_url = base_url

    def open(self, path: str, theme: str = "light") -> None:
        """Load a page of the site in the given Furo theme ("light", "dark", "auto")."""
        self.driver.get(self.base_url + path)
        self.driver.execute_script(
            "localStorage.setItem('theme', arguments[0]);"
            "document.body.dataset.theme = arguments[0];",
            theme,
        )

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def js_async(self, body: str, *args):
        """Run ``body`` (which may use ``await``); its ``return`` value comes back."""
        wrapper = (
            "const done = arguments[arguments.length - 1];"
            f"(async (...args) => {{ {body} }})(...Array.from(arguments).slice(0, -1))"
            ".then(done, error => done({error: String(error && error.stack || error)}));"
        )
        result = self.driver.execute_async_script(wrapper, *args)
        if isinstance(result, dict) and set(result) == {"error"}:
            raise AssertionError(f"script failed in the page: {result['error']}")
        return result

    def console_errors(self) -> list[str]:
        """Errors logged since the last call (scripts, failed loads...)."""
        return [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]

    @property
    def origin(self) -> str:
        url = urlsplit(self.base_url)
        return f"{url.scheme}://{url.netloc}"

    def phone(self, width: int = 375, height: int = 740) -> None:
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True},
        )

    def screenshot_of(self, selector: str, name: str, margin: int = 8) -> Path:
        """A PNG of one element (and a margin around it) under the screenshots folder."""
        box = self.js(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
            "return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};",
            selector,
        )
        clip = {
            "x": max(0, box["x"] - margin),
            "y": max(0, box["y"] - margin),
            "width": box["width"] + 2 * margin,
            "height": box["height"] + 2 * margin,
        }
        return _capture(self.driver, clip, name)

    def screenshot(self, name: str) -> Path:
        """A PNG of the whole page under build/screenshots/."""
        import base64

        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics["cssContentSize"]
        shot = self.driver.execute_cdp_cmd(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {
                    "x": 0,
                    "y": 0,
                    "width": size["width"],
                    "height": size["height"],
                    "scale": 1,
                },
            },
        )
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        path.write_bytes(base64.b64decode(shot["data"]))
        return path


def _capture(driver, clip: dict, name: str) -> Path:
    import base64

    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {"format": "png", "captureBeyondViewport": True, "clip": {**clip, "scale": 1}},
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def fresh_page(driver, url: str) -> Page:
    """A fresh start: desktop size, scripts on, light theme, empty console log."""
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    driver.get(url + "index.html")
    driver.execute_script("localStorage.clear()")
    driver.get_log("browser")
    return Page(driver, url)


@pytest.fixture
def page(driver, base_url):
    """The real site, from a fresh start."""
    return fresh_page(driver, base_url)


@pytest.fixture
def versions_page(driver, versions_url):
    """The site of tests/roots/test-versions, from a fresh start."""
    return fresh_page(driver, versions_url)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.is_file():
        missing_requirement(
            f"axe-core is needed for the accessibility tests ({AXE_JS.relative_to(REPO)} "
            "is missing): run `npm ci` at the top of the repository"
        )
    return AXE_JS.read_text("utf-8")
