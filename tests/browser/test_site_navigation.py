"""Where a reader is and how they get around, in headless chromium.

The real site: a chapter's compatibility table at 1280 px and on a
phone, in both themes; the module in every page's title, heading,
breadcrumb and search results; previous/next across chapters; the
landing page by topic with its links to the indexes; the general index
leading to the examples; no placeholder address anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from .test_reader_site import CONTRAST_JS, assert_no_serious_violations

DOCS = Path(__file__).resolve().parents[2] / "docs"

pytestmark = pytest.mark.slow

TABLE_CHAPTER = "argparse/index.html"  # its table overflowed: full commands in nowrap cells
PHONE_WIDTH = 375
# Which Pythons the table compares, as its header row names them.
HEADERS_JS = """
return Array.from(document.querySelectorAll('table.motw-compatibility')[0]
  .querySelectorAll('thead th'), th => th.textContent.trim());
"""
# Every cell of the first table that a reader can see is inside its box
# (which needs no sideways scrolling) and inside the window; returns what is not.
OUTSIDE_JS = """
const table = document.querySelectorAll('table.motw-compatibility')[0];
const box = table.closest('.table-wrapper');
const column = box.getBoundingClientRect();
const outside = [];
if (box.scrollWidth > box.clientWidth + 1) outside.push('scrolls ' + box.scrollWidth);
for (const cell of table.querySelectorAll('td, th')) {
  const r = cell.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;  // the hidden header row on a phone
  if (r.left < column.left - 1 || r.right > column.right + 1 || r.right > innerWidth) {
    outside.push(cell.textContent.trim().slice(0, 40) + ' ' + Math.round(r.right));
  }
}
return outside;
"""


def open_table(page, theme: str, screen: str) -> None:
    if screen == "phone":
        page.phone(PHONE_WIDTH)
    page.open(TABLE_CHAPTER, theme=theme)
    page.js("document.querySelector('#compatibility').scrollIntoView()")


@pytest.mark.parametrize("screen", ["desktop", "phone"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_chapter_table_fits_the_screen_with_every_python_visible(page, theme, screen):
    open_table(page, theme, screen)
    headers = page.js(HEADERS_JS)
    pythons = headers[1:-1] if headers[-1] == "Browser" else headers[1:]  # its own test
    versions = [h.removeprefix("Python ") for h in pythons]
    assert headers[0] == "Example" and versions and all(h.startswith("Python ") for h in pythons)
    assert page.js(OUTSIDE_JS) == []
    sizes = page.js(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert sizes[0] <= sizes[1], sizes  # the page does not scroll sideways
    rows = page.js(
        "return Array.from(document.querySelectorAll('table.motw-compatibility')[0]"
        ".querySelectorAll('tbody tr:not(.motw-page-row)'), row => row.innerText)"
    )
    assert rows
    if screen == "phone":  # each cell names its Python
        for row in rows:
            assert all(version in row for version in versions), row
    # States read as the badges do: "needs 3.13", never "new in" under an older Python.
    states = page.js(
        "return Array.from(document.querySelectorAll('table.motw-compatibility td a'),"
        " a => a.textContent)"
    )
    assert not any(state.startswith("new in") for state in states)
    measured = page.js(CONTRAST_JS, "table.motw-compatibility")
    assert measured["ratio"] >= 4.5, measured
    assert page.console_errors() == []


def test_table_states_have_the_colours_of_the_badges(page):
    page.open(TABLE_CHAPTER)
    colours = page.js(
        """
        const style = getComputedStyle(document.body);
        const probe = document.createElement('span');
        document.body.append(probe);
        const colour = (variable) => {
          probe.style.color = style.getPropertyValue(variable);
          return getComputedStyle(probe).color;
        };
        const of = (selector) => {
          const a = document.querySelector(selector);
          return a && getComputedStyle(a).color;
        };
        return {
          differs: [of('td.motw-state-differs a'), colour('--color-api-changed')],
          needs: [of('td.motw-state-needs a'), colour('--color-api-added')],
          same: [of('td.motw-state-same a'), colour('--color-foreground-secondary')],
        };
        """
    )
    found = {state: pair for state, pair in colours.items() if pair[0] is not None}
    assert "same" in found and len(found) >= 2, colours
    for state, (cell, badge) in found.items():
        assert cell == badge, (state, cell, badge)


def test_the_full_grid_is_one_click_away(page):
    page.open(TABLE_CHAPTER)
    summary = page.driver.find_element(By.CSS_SELECTOR, "details.motw-compatibility-all summary")
    grid = page.driver.find_element(By.CSS_SELECTOR, "details.motw-compatibility-all table")
    assert not grid.is_displayed()
    assert summary.text.startswith("Every example on every Python (")
    page.js("arguments[0].click()", summary)  # as a click or Enter on it does
    assert grid.is_displayed()
    every = grid.find_elements(By.CSS_SELECTOR, "tbody tr:not(.motw-page-row)")
    total = int(summary.text.rpartition("(")[2].rstrip(")"))
    assert len(every) == total
    exceptions = page.driver.find_elements(
        By.CSS_SELECTOR, "#compatibility > .table-wrapper tbody tr:not(.motw-page-row)"
    )
    sentence = page.driver.find_element(By.CSS_SELECTOR, ".motw-compatibility-summary").text
    assert sentence.startswith(f"{len(exceptions)} of {total} examples print")
    assert page.console_errors() == []


@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_screenshots_of_a_chapter_table(page, screen):
    open_table(page, "light", screen)
    page.js("document.querySelector('details.motw-compatibility-all').open = true")
    shot = page.screenshot_of("#compatibility", f"compatibility-table-{screen}")
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_a_page_says_which_module_it_belongs_to(page, screen):
    if screen == "phone":
        page.phone(PHONE_WIDTH)
    page.open("sqlite3/errors.html")
    assert page.driver.title == "sqlite3: Handling Errors - Module of the Week"
    heading = page.driver.find_element(By.CSS_SELECTOR, "article h1")
    assert heading.text.startswith("sqlite3: Handling Errors")
    crumbs = page.driver.find_element(
        By.CSS_SELECTOR, 'nav.motw-breadcrumb[aria-label="Breadcrumb"]'
    )
    assert crumbs.is_displayed()  # on a phone too, where the sidebar is hidden
    items = crumbs.find_elements(By.TAG_NAME, "li")
    assert [item.text for item in items] == ["Module of the Week", "sqlite3", "Handling Errors"]
    assert items[1].find_element(By.TAG_NAME, "a").get_attribute("href") == (
        page.base_url + "sqlite3/index.html"
    )
    assert items[2].get_attribute("aria-current") == "page"


def test_previous_and_next_say_when_they_leave_the_chapter(page):
    page.open("sqlite3/index.html")
    following = page.driver.find_element(By.CSS_SELECTOR, "a.next-page .title").text
    assert following.startswith("sqlite3: ") and "chapter" not in following
    last = page.js(
        "return Array.from(document.querySelectorAll('.toctree-wrapper a'), a => a.href).pop()"
    )
    page.driver.get(last.split("#")[0])
    following = page.driver.find_element(By.CSS_SELECTOR, "a.next-page .title").text
    chapters = [
        line.strip().removesuffix("/index")
        for line in (DOCS / "index.rst").read_text().splitlines()
        if line.strip().endswith("/index")
    ]
    after = chapters[chapters.index("sqlite3") + 1]  # in the order of the toctree
    assert following.startswith(after) and following.endswith("(next chapter)")
    previous = page.driver.find_element(By.CSS_SELECTOR, "a.prev-page .title").text
    assert previous.startswith("sqlite3: ") and "chapter" not in previous


def test_search_results_name_the_module(page):
    page.open("search.html?q=row_factory")
    WebDriverWait(page.driver, 15).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results ul.search li")
    )
    titles = [a.text for a in page.driver.find_elements(By.CSS_SELECTOR, "#search-results li > a")]
    assert any(title.startswith("sqlite3: ") for title in titles), titles


def test_the_landing_page_lists_chapters_by_topic_and_links_the_indexes(page):
    page.open("index.html")
    topics = page.driver.find_elements(By.CSS_SELECTOR, "section.motw-topic")
    names = [t.find_element(By.TAG_NAME, "h3").text.rstrip("#\u00b6").strip() for t in topics]
    assert "Concurrency" in names and "Data Persistence and Exchange" in names
    assert "Other" not in names[:-1]  # chapters that name no topic come last
    for topic in topics:
        for item in topic.find_elements(By.CSS_SELECTOR, "ul.motw-chapters > li"):
            assert item.find_element(By.CSS_SELECTOR, ".motw-chapter-summary").text
    concurrency = topics[names.index("Concurrency")].text
    assert "asyncio" in concurrency and "subprocess" in concurrency
    links = {
        a.text: a.get_attribute("href")
        for a in page.driver.find_elements(By.CSS_SELECTOR, "article a.reference")
    }
    assert links["Index"] == page.base_url + "genindex.html"
    assert links["Module Index"] == page.base_url + "py-modindex.html"


def test_the_general_index_leads_to_the_examples(page):
    page.open("genindex.html")
    entry = page.js(
        "const li = Array.from(document.querySelectorAll('table.indextable li'))"
        "  .find(li => li.firstChild.textContent.trim() === 'batched (itertools)');"
        "return li && Array.from(li.querySelectorAll('ul a'), a => [a.textContent, a.href]);"
    )
    assert entry, "no entry for batched (itertools)"
    scripts = [name for name, _ in entry]
    assert "itertools_batched.py" in scripts, scripts
    page.driver.get(entry[scripts.index("itertools_batched.py")][1])
    target = page.js("return document.getElementById(location.hash.slice(1)).className")
    assert "literal-block-wrapper" in target  # the script itself, with its caption
    for name in ("TaskGroup (asyncio)", "Row (sqlite3)"):
        page.open("genindex.html")
        assert page.js(
            "return Array.from(document.querySelectorAll('table.indextable li'))"
            ".some(li => li.firstChild.textContent.trim() === arguments[0])",
            name,
        ), name


def test_no_placeholder_address_is_linked(site):
    for path in site.rglob("*.html"):
        text = path.read_text("utf-8")
        for placeholder in ("example.github.io", "github.com/example", 'rel="canonical"'):
            assert placeholder not in text, (path, placeholder)
    assert not (site / "sitemap.xml").exists()  # no address to give


@pytest.mark.parametrize(
    ("path", "theme", "screen"),
    [
        (TABLE_CHAPTER, "light", "desktop"),
        (TABLE_CHAPTER, "dark", "desktop"),
        (TABLE_CHAPTER, "light", "phone"),
        (TABLE_CHAPTER, "dark", "phone"),
        ("sqlite3/errors.html", "light", "phone"),
        ("index.html", "dark", "desktop"),
        ("genindex.html", "light", "desktop"),
    ],
)
def test_no_accessibility_violations(page, axe_source, path, theme, screen):
    if screen == "phone":
        page.phone(PHONE_WIDTH)
    page.open(path, theme=theme)
    for details in page.driver.find_elements(By.CSS_SELECTOR, "details"):
        page.js("arguments[0].open = true", details)
    assert_no_serious_violations(page, axe_source)
