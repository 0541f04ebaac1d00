"""What a reader does on a chapter page, in headless chromium.

Read the script and its transcript, copy the command, download the
script, search, switch to dark mode, read on a phone; the pages must
also pass axe-core's serious and critical accessibility rules.
"""

from __future__ import annotations

import pytest
from selenium.webdriver import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from motw.cogpass.lockfile import LockFile
from motw.site.provenance import note_text

from .conftest import REPO

pytestmark = pytest.mark.slow

CHAPTER = "asyncio/coroutines.html"
EXAMPLES = REPO / "source_examples" / "asyncio"
SEED_TRANSCRIPTS = [
    "$ python3 asyncio_coroutine.py\n\nentering event loop\nin coroutine\nclosing event loop",
    "$ python3 asyncio_coroutine_return.py\n\nin coroutine\nit returned: 'result'",
    "$ python3 asyncio_coroutine_chain.py\n\nin outer\nwaiting for result1\nin phase1\n"
    "waiting for result2\nin phase2\nreturn value: ('result1', 'result2 derived from result1')",
]
SEED_SCRIPTS = ["asyncio_coroutine.py", "asyncio_coroutine_return.py", "asyncio_coroutine_chain.py"]
READ_ON_CODE_BACKGROUNDS = (
    "div.highlight-console pre",
    "div.highlight-python pre",
    ".code-block-caption",
    "p.motw-provenance",
)
HEADER_LINES = ("#!/usr/bin/env python3", "# encoding: utf-8", "#end_pymotw_header")

# WCAG 2 contrast of every piece of text in the given blocks against the
# background it is drawn on (semi-transparent layers blended), from the
# computed styles.  Returns the lowest, with what it was measured on.
CONTRAST_JS = """
const selector = arguments[0];
const parse = (css) => {
  const m = css.match(/^rgba?\\(([^)]*)\\)$/);
  if (!m) throw new Error('unexpected colour ' + css);
  const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(parseFloat);
  return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
};
const over = (top, below) => ({
  r: top.r * top.a + below.r * (1 - top.a),
  g: top.g * top.a + below.g * (1 - top.a),
  b: top.b * top.a + below.b * (1 - top.a),
  a: 1,
});
const backdrop = (element) => {
  const layers = [];
  for (let e = element; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c.a > 0) layers.push(c);
    if (c.a >= 1) break;
  }
  return layers.reverse().reduce((below, top) => over(top, below), {r: 255, g: 255, b: 255, a: 1});
};
const luminance = ({r, g, b}) => {
  const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
let worst = {ratio: Infinity};
for (const block of document.querySelectorAll(selector)) {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const element = node.parentElement;
    const bg = backdrop(element);
    const fg = over(parse(getComputedStyle(element).color), bg);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    if (ratio < worst.ratio) {
      worst = {ratio, text: node.textContent.trim().slice(0, 40), className: element.className,
               color: getComputedStyle(element).color,
               background: `rgb(${bg.r}, ${bg.g}, ${bg.b})`};
    }
  }
}
return worst;
"""


def script_body(name: str) -> str:
    """The script as the page shows it: what follows the header."""
    return (EXAMPLES / name).read_text().split("#end_pymotw_header\n", 1)[1]


def copy_with_button(page, block) -> str:
    """Click the copy button of a code block like a reader; return the clipboard."""
    page.driver.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": page.origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    page.js_async("await navigator.clipboard.writeText('(nothing copied)');")
    button = block.find_element(By.CSS_SELECTOR, "button.copybtn")
    ActionChains(page.driver).move_to_element(block).click(button).perform()
    WebDriverWait(page.driver, 5).until(lambda d: "success" in button.get_attribute("class"))
    return page.js_async("return await navigator.clipboard.readText();")


def test_the_chapter_shows_the_seed_transcripts_and_the_scripts_without_headers(page):
    page.open(CHAPTER)
    transcripts = page.driver.find_elements(By.CSS_SELECTOR, "div.highlight-console pre")
    shown = [t.get_attribute("innerText").rstrip("\n") for t in transcripts]
    assert shown[:3] == SEED_TRANSCRIPTS
    # A console session: "$ " is a prompt, the command follows, the rest is output.
    first = transcripts[0]
    assert first.find_element(By.CSS_SELECTOR, ".gp").text.strip() == "$"
    assert [o.text for o in first.find_elements(By.CSS_SELECTOR, ".go")] == [
        "entering event loop",
        "in coroutine",
        "closing event loop",
    ]

    scripts = page.driver.find_elements(By.CSS_SELECTOR, "div.highlight-python pre")
    captions = [
        c.find_element(By.CSS_SELECTOR, ".caption-text").get_attribute("innerText")
        for c in page.driver.find_elements(By.CSS_SELECTOR, ".code-block-caption")
    ]
    assert [c.split()[0] for c in captions[:3]] == SEED_SCRIPTS
    assert len(scripts) >= 3
    for name, block in zip(SEED_SCRIPTS, scripts[:3], strict=True):
        text = block.get_attribute("innerText")
        assert text.rstrip("\n") == script_body(name).rstrip("\n")
        assert not any(line in text for line in HEADER_LINES)
    assert block.find_elements(By.CSS_SELECTOR, ".k, .kn")  # highlighted as Python
    assert page.console_errors() == []


def test_the_chapter_names_the_python_that_made_its_transcripts(page):
    lock = LockFile(REPO / "docs" / "asyncio")
    record = lock.page("coroutines.rst")
    assert record, (
        f"docs/asyncio/transcripts.lock has no record of coroutines.rst ({lock.problem}): "
        "run make cog"
    )
    page.open(CHAPTER)
    notes = page.driver.find_elements(By.CSS_SELECTOR, "article p.motw-provenance")
    assert [n.text for n in notes] == [note_text(record.pythons)]


def test_copying_a_transcript_copies_only_the_command(page):
    page.open(CHAPTER)
    transcript = page.driver.find_element(By.CSS_SELECTOR, "div.highlight-console")
    assert copy_with_button(page, transcript) == "python3 asyncio_coroutine.py"


def test_copying_a_script_copies_its_code(page):
    page.open(CHAPTER)
    script = page.driver.find_element(By.CSS_SELECTOR, "div.highlight-python")
    assert copy_with_button(page, script) == script_body("asyncio_coroutine.py").rstrip("\n")
    assert page.console_errors() == []


def test_search_finds_the_coroutines_page(page):
    page.open("search.html?q=run_until_complete")
    wait = WebDriverWait(page.driver, 15)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results ul.search li"))
    links = [
        a.get_attribute("href")
        for a in page.driver.find_elements(By.CSS_SELECTOR, "#search-results ul.search li a")
    ]
    assert any(link.split("#")[0].endswith("/" + CHAPTER) for link in links), links
    assert page.console_errors() == []


def test_dark_mode_switches_the_theme_and_transcripts_stay_readable(page):
    page.open(CHAPTER, theme="light")
    light_background = page.js("return getComputedStyle(document.body).backgroundColor")
    for blocks in READ_ON_CODE_BACKGROUNDS:
        light = page.js(CONTRAST_JS, blocks)
        assert light["ratio"] is not None, f"no text to measure in {blocks}"  # Infinity
        assert light["ratio"] >= 4.5, (blocks, light)
    light_shot = page.screenshot("coroutines-light")

    toggle = next(
        b
        for b in page.driver.find_elements(By.CSS_SELECTOR, "button.theme-toggle")
        if b.is_displayed()
    )
    for _ in range(3):  # Furo cycles light -> auto -> dark
        if page.js("return document.body.dataset.theme") == "dark":
            break
        toggle.click()
    assert page.js("return document.body.dataset.theme") == "dark"
    assert page.js("return localStorage.getItem('theme')") == "dark"  # remembered
    dark_background = page.js("return getComputedStyle(document.body).backgroundColor")
    assert dark_background != light_background

    for blocks in READ_ON_CODE_BACKGROUNDS:
        dark = page.js(CONTRAST_JS, blocks)
        assert dark["ratio"] is not None, f"no text to measure in {blocks}"
        assert dark["ratio"] >= 4.5, (blocks, dark)
    dark_shot = page.screenshot("coroutines-dark")
    for shot in (light_shot, dark_shot):
        assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert light_shot.read_bytes() != dark_shot.read_bytes()
    assert page.console_errors() == []


def test_the_download_link_serves_the_script(page):
    page.open(CHAPTER)
    caption = page.driver.find_element(By.CSS_SELECTOR, ".code-block-caption")
    link = caption.find_element(By.CSS_SELECTOR, "a.motw-download")
    assert link.get_attribute("download") is not None
    assert link.get_attribute("href").endswith("/asyncio_coroutine.py")
    assert "asyncio_coroutine.py" in link.get_attribute("textContent")  # named for screen readers
    served = page.js_async(
        "const response = await fetch(arguments[0].href);"
        "return [response.status, Array.from(new Uint8Array(await response.arrayBuffer()))];",
        link,
    )
    assert served[0] == 200
    assert bytes(served[1]) == (EXAMPLES / "asyncio_coroutine.py").read_bytes()


@pytest.mark.parametrize("path", ["index.html", CHAPTER])
def test_a_phone_sized_screen_does_not_scroll_sideways(page, path):
    page.phone()
    page.open(path)
    sizes = page.js(
        "return [document.documentElement.scrollWidth, document.body.scrollWidth,"
        " document.documentElement.clientWidth]"
    )
    assert max(sizes[:2]) <= sizes[2], sizes
    assert sizes[2] <= 375
    if path == CHAPTER:
        page.screenshot("coroutines-phone")


@pytest.mark.parametrize(
    ("path", "theme", "screen"),
    [
        ("index.html", "light", "desktop"),
        (CHAPTER, "light", "desktop"),
        (CHAPTER, "dark", "desktop"),
        (CHAPTER, "light", "phone"),
    ],
)
def test_no_serious_accessibility_violations(page, axe_source, path, theme, screen):
    if screen == "phone":
        page.phone()
    page.open(path, theme=theme)
    assert_no_serious_violations(page, axe_source)


@pytest.mark.parametrize(
    "missing", ["asyncio/no-such-page.html", "no-such-page.html", "asyncio/gone/deeper/page.html"]
)
def test_a_missing_page_gets_the_sites_404_page_from_any_folder(page, missing):
    page.driver.get(page.base_url + missing)
    assert page.driver.find_element(By.TAG_NAME, "h1").text.rstrip("#\u00b6").strip() == (
        "Page Not Found"
    )
    # Its links lead to the site's root whatever the depth (a <base> its script wrote).
    rules = page.js(
        "return Array.from(document.querySelectorAll('link[rel=stylesheet]'),"
        " link => link.sheet ? link.sheet.cssRules.length : 0)"
    )
    assert len(rules) >= 3 and all(rules), rules
    home = page.driver.find_element(By.CSS_SELECTOR, "a.sidebar-brand").get_attribute("href")
    assert home == page.base_url + "index.html"
    links = {
        a.text: a.get_attribute("href")
        for a in page.driver.find_elements(By.CSS_SELECTOR, "article a.reference")
    }
    assert links["Index"] == page.base_url + "genindex.html"
    assert links["Module Index"] == page.base_url + "py-modindex.html"
    # The missing page itself is a 404.  Chromium's preload scanner may also ask
    # for the page's files under the missing folder before the <base> is written
    # (the files are then loaded from the root, as the checks above show): those
    # are the only other errors allowed.
    errors = page.console_errors()
    assert missing.rpartition("/")[2] in errors[0] and "404" in errors[0], errors
    folder = page.base_url + missing.rpartition("/")[0] + "/"
    for error in errors[1:]:
        assert error.startswith(folder + "_static/") and "404" in error, error


def assert_no_serious_violations(page, axe_source) -> None:
    """axe-core on the open page: no serious or critical violation, no console error."""
    page.js(axe_source)
    result = page.js_async(
        "const r = await axe.run(document, {resultTypes: ['violations']});"
        "return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));"
    )
    serious = [v for v in result if v["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at {v['nodes']}" for v in serious
    )
    assert page.console_errors() == []
