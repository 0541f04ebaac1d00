"""The what's-new pages of the real site, in headless chromium.

Both transcripts side by side on a desktop and one above the other on a
phone, without sideways scrolling; axe-core in both themes at both
widths; the links to the examples and to the chapters; the JSON served
beside the page says what the page says.
"""

from __future__ import annotations

import json

import pytest

from .conftest import REPO
from .test_reader_site import assert_no_serious_violations

pytestmark = pytest.mark.slow

NEWEST = json.loads((REPO / "docs" / "whatsnew" / "3.15.json").read_text("utf-8"))
PAGE = "whatsnew/3.15.html"
SIDES = (
    "return Array.from(document.querySelector('.motw-whatsnew-sides').children,"
    " side => { const r = side.getBoundingClientRect();"
    " return {top: r.top, left: r.left, bottom: r.bottom, right: r.right}; })"
)


def test_both_transcripts_side_by_side_on_a_desktop(page):
    page.open(PAGE)
    before, after = page.js(SIDES)
    assert before["top"] == after["top"] and before["right"] <= after["left"]
    page.screenshot_of(".motw-whatsnew-example", "whatsnew-desktop")


def test_one_above_the_other_on_a_phone_without_sideways_scrolling(page):
    page.phone()
    page.open(PAGE)
    before, after = page.js(SIDES)
    assert before["bottom"] <= after["top"] and before["left"] == after["left"]
    sizes = page.js(
        "return [document.documentElement.scrollWidth, document.body.scrollWidth,"
        " document.documentElement.clientWidth]"
    )
    assert max(sizes[:2]) <= sizes[2] <= 375, sizes


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_no_serious_accessibility_violations(page, axe_source, theme, screen):
    if screen == "phone":
        page.phone()
    page.open(PAGE, theme=theme)
    assert_no_serious_violations(page, axe_source)


def test_the_list_of_pages_has_no_serious_violations(page, axe_source):
    page.open("whatsnew/index.html")
    assert_no_serious_violations(page, axe_source)


def test_an_example_links_to_its_transcript(page):
    page.open(PAGE)
    href = page.js("return document.querySelector('.motw-whatsnew-example-title a').href")
    page.driver.get(href)
    anchor = href.partition("#")[2]
    assert anchor.startswith("transcript-")
    assert page.js("return document.getElementById(arguments[0]) !== null", anchor)
    first = next(e for c in NEWEST["chapters"] for e in c["changed"])
    assert page.driver.current_url.startswith(page.base_url + first["page"] + ".html")


def test_the_landing_page_and_the_chapters_link_to_the_pages(page):
    page.open("index.html")
    links = page.js(
        "return Array.from(document.querySelectorAll('.motw-whatsnew-list a'), a => a.href)"
    )
    assert page.base_url + PAGE in links
    chapter = NEWEST["chapters"][0]["name"]
    page.open(f"{chapter}/index.html")
    links = page.js(
        "return Array.from(document.querySelectorAll('.motw-whatsnew-links a'), a => a.href)"
    )
    assert page.base_url + f"{PAGE}#whatsnew-{chapter}" in links
    page.driver.get(page.base_url + f"{PAGE}#whatsnew-{chapter}")
    assert page.js("return document.getElementById(arguments[0]) !== null", f"whatsnew-{chapter}")


def test_the_json_served_beside_the_page_says_what_the_page_says(page):
    page.open(PAGE)
    served = page.js_async("return await (await fetch('3.15.json')).json();")
    assert served == NEWEST
    shown = page.js(
        "return Array.from(document.querySelectorAll('.motw-whatsnew-example-title code'),"
        " code => code.textContent)"
    )
    wanted = [e["label"] for c in NEWEST["chapters"] for k in ("changed", "new") for e in c[k]]
    assert shown == wanted
    counts = page.js("return document.querySelector('.motw-whatsnew-counts').textContent")
    assert counts.startswith(f"{NEWEST['changed']} examples print something new on Python 3.15")
    assert f"{NEWEST['new']} examples need Python 3.15" in counts
