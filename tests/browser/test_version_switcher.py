"""The version switcher of a transcript, in headless chromium.

The site is tests/roots/test-versions after a real `motw cog` on the five
Pythons 3.15 to 3.11, built with the site's conf.py (Furo,
sphinx-copybutton): ``demo_version.py`` prints the version (five
outputs), ``demo_same.py`` the same everywhere, ``demo_new.py`` needs
3.12, ``demo_batched.py`` fails on 3.11.  A reader clicks the tabs or uses the keyboard (the
WAI-ARIA tabs pattern), copies the command, reads in dark mode, follows
the compatibility table, or has JavaScript off.
"""

from __future__ import annotations

import pytest
from selenium.webdriver import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .test_reader_site import CONTRAST_JS, copy_with_button

pytestmark = pytest.mark.slow

PAGE = "demo/versions.html"
DIFFERS = "#transcript-demo-version-py"
NEW = "#transcript-demo-new-py"
VERSIONS = ["3.15", "3.14", "3.13", "3.12", "3.11"]


def tabs(page, transcript: str) -> list:
    return page.driver.find_elements(By.CSS_SELECTOR, f'{transcript} [role="tab"]')


def state(page, transcript: str) -> dict:
    """What a reader (and a screen reader) is given of a switcher."""
    return page.js(
        r"""
        const switcher = document.querySelector(arguments[0]);
        const tabs = Array.from(switcher.querySelectorAll('[role="tab"]'));
        const panels = Array.from(switcher.querySelectorAll('.motw-version-panel'));
        return {
          tabs: tabs.map(t => t.textContent),  // what a screen reader says
          selected: tabs.filter(t => t.getAttribute('aria-selected') === 'true')
                        .map(t => t.dataset.version),
          tabindex: tabs.map(t => t.tabIndex),
          shown: panels.filter(p => p.offsetParent !== null).map(p => p.dataset.version),
          roles: panels.map(p => p.getAttribute('role')),
          labelled: panels.map(p => document.getElementById(p.getAttribute('aria-labelledby'))
                                      .getAttribute('aria-controls') === p.id),
          focus: document.activeElement.getAttribute('role') === 'tab'
                 ? 'tab ' + document.activeElement.dataset.version
                 : document.activeElement.dataset.version
                   ? 'panel ' + document.activeElement.dataset.version
                   : document.activeElement.tagName,
          text: panels.filter(p => p.offsetParent !== null)
                      .map(p => p.querySelector('pre').innerText.trim()),
        };
        """,
        transcript,
    )


def press(page, *keys) -> None:
    ActionChains(page.driver).send_keys(*keys).perform()


def test_the_primary_tab_is_selected_and_a_click_shows_another_python(versions_page):
    page = versions_page
    page.open(PAGE)
    first = state(page, DIFFERS)
    assert first["tabs"] == [f"Python {v}" for v in VERSIONS]
    assert first["selected"] == ["3.15"] and first["shown"] == ["3.15"]
    assert first["roles"] == ["tabpanel"] * 5 and all(first["labelled"])
    assert first["text"] == ["$ python3 demo_version.py\n\nrunning on (3, 15)"]
    badge = page.driver.find_element(By.CSS_SELECTOR, f"{DIFFERS} .motw-badge-differs")
    assert badge.is_displayed() and badge.text == "differs on 3.11\u20133.14"
    # What a reader sees on each tab: "Python 3.15", not a bare number.
    assert [tab.text for tab in tabs(page, DIFFERS)] == [f"Python {v}" for v in VERSIONS]
    labels = page.driver.find_elements(By.CSS_SELECTOR, f"{DIFFERS} .motw-version-label")
    assert not any(label.is_displayed() for label in labels)  # the tabs name the panels

    tabs(page, DIFFERS)[4].click()
    after = state(page, DIFFERS)
    assert after["selected"] == ["3.11"] and after["shown"] == ["3.11"]
    assert after["text"] == ["$ python3 demo_version.py\n\nrunning on (3, 11)"]
    assert after["tabindex"] == [-1, -1, -1, -1, 0]

    # What changed: a diff against the primary, folded until asked for.
    diff = page.driver.find_element(By.CSS_SELECTOR, '[data-version="3.11"] details')
    assert diff.get_attribute("open") is None
    diff.find_element(By.TAG_NAME, "summary").click()
    lines = diff.find_elements(By.CSS_SELECTOR, ".gd, .gi")
    assert [line.text for line in lines][-2:] == ["-running on (3, 15)", "+running on (3, 11)"]
    assert page.console_errors() == []


def test_the_keyboard_moves_between_tabs_and_into_the_panel(versions_page):
    page = versions_page
    page.open(PAGE)
    tabs(page, DIFFERS)[0].click()  # focus on the selected tab, as Tab would bring it
    assert state(page, DIFFERS)["focus"] == "tab 3.15"
    press(page, Keys.ARROW_RIGHT)
    moved = state(page, DIFFERS)
    assert (moved["focus"], moved["selected"], moved["shown"]) == ("tab 3.14", ["3.14"], ["3.14"])
    assert moved["tabindex"] == [-1, 0, -1, -1, -1]  # roving tabindex
    press(page, Keys.END)
    assert state(page, DIFFERS)["selected"] == ["3.11"]
    press(page, Keys.ARROW_RIGHT)  # wraps
    assert state(page, DIFFERS)["focus"] == "tab 3.15"
    press(page, Keys.ARROW_LEFT)  # wraps back
    assert state(page, DIFFERS)["focus"] == "tab 3.11"
    press(page, Keys.HOME)
    home = state(page, DIFFERS)
    assert (home["focus"], home["shown"]) == ("tab 3.15", ["3.15"])
    press(page, Keys.ARROW_RIGHT)

    press(page, Keys.TAB)  # out of the tab list: into the shown panel
    assert state(page, DIFFERS)["focus"] == "panel 3.14"
    ActionChains(page.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    # back: to the selected tab, not the first
    assert state(page, DIFFERS)["focus"] == "tab 3.14"
    assert page.console_errors() == []


def test_the_copy_button_copies_the_command_of_the_shown_panel(versions_page):
    page = versions_page
    page.open(PAGE)
    tabs(page, DIFFERS)[3].click()
    panels = {
        panel.get_attribute("data-version"): panel
        for panel in page.driver.find_elements(By.CSS_SELECTOR, f"{DIFFERS} .motw-version-panel")
    }
    hidden = [
        button.is_displayed()
        for version in ("3.15", "3.13", "3.12", "3.11")
        for button in panels[version].find_elements(By.CSS_SELECTOR, "button.copybtn")
    ]
    assert hidden and not any(hidden)  # only the shown panel's buttons can be reached
    transcript = panels["3.12"].find_element(By.CSS_SELECTOR, "div.highlight-console")
    assert transcript.is_displayed()
    assert copy_with_button(page, transcript) == "python3 demo_version.py"


def test_a_block_for_newer_pythons_says_what_it_needs_without_an_empty_tab(versions_page):
    page = versions_page
    page.open(PAGE)
    badge = page.driver.find_element(By.CSS_SELECTOR, f"{NEW} .motw-badge-new")
    assert badge.is_displayed() and badge.text == "New in Python 3.12"
    assert tabs(page, NEW) == []  # 3.12-3.15 agree; 3.11 has nothing to show
    shown = page.driver.find_element(By.CSS_SELECTOR, f"{NEW} pre").text
    assert shown == "$ python3 demo_new.py\n\n[('a', 'b', 'c', 'd'), ('e', 'f')]"
    # The section's heading, and the page's contents in the sidebar, say it too.
    heading = page.driver.find_element(By.CSS_SELECTOR, "#only-on-newer-pythons h2")
    assert heading.text.rstrip("#\u00b6").strip().endswith("New in 3.12")
    marks = page.driver.find_elements(By.CSS_SELECTOR, ".toc-tree .motw-heading-mark")
    assert [m.get_attribute("textContent") for m in marks] == ["New in 3.12"]
    # "Same on every Python" is said once, under the title, not under each transcript.
    note = page.driver.find_element(By.CSS_SELECTOR, "p.motw-page-versions")
    assert note.is_displayed() and note.text == (
        "Every transcript on this page prints the same on Python 3.11\u20133.15, "
        "except where it is marked."
    )
    assert page.driver.find_elements(By.CSS_SELECTOR, ".motw-badge-same") == []


def test_the_compatibility_table_opens_the_tab_of_its_python(versions_page):
    page = versions_page
    page.open("demo/index.html")
    link = page.driver.find_element(
        By.CSS_SELECTOR, 'table.motw-compatibility a[href$="#transcript-demo-version-py-3-11"]'
    )
    assert link.text == "differs"
    link.click()
    assert page.driver.current_url.endswith(PAGE + "#transcript-demo-version-py-3-11")
    opened = state(page, DIFFERS)
    assert opened["selected"] == ["3.11"] and opened["shown"] == ["3.11"]
    assert page.js(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return r.top >= 0 && r.top < innerHeight;",
        '[data-version="3.11"].motw-version-panel',
    )
    # Following another link on the same page switches too.
    page.js("location.hash = '#transcript-demo-version-py-3-12'")
    assert state(page, DIFFERS)["shown"] == ["3.12"]
    assert page.console_errors() == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_switcher_is_readable_in_both_themes(versions_page, theme):
    page = versions_page
    page.open(PAGE, theme=theme)
    assert page.js("return document.body.dataset.theme") == theme
    for details in page.driver.find_elements(By.CSS_SELECTOR, "details.motw-version-diff"):
        page.js("arguments[0].open = true", details)
    for version in VERSIONS:  # every panel, as each tab shows it
        page.js(
            "document.querySelector(arguments[0]).click()",
            f'{DIFFERS} [role="tab"][data-version="{version}"]',
        )
        for selector in (
            ".motw-version-tabs",
            "p.motw-version-marks",
            ".motw-version-panel:not([hidden]) pre",
            ".motw-version-panel:not([hidden]) summary",
            "p.motw-page-versions",
            ".motw-heading-mark",
        ):
            measured = page.js(CONTRAST_JS, selector)
            if measured["ratio"] is None:  # no text there (Infinity): a diff on the primary
                assert selector.endswith("summary") and version == "3.15", selector
                continue
            assert measured["ratio"] >= 4.5, (theme, version, selector, measured)
    # The tab bar shows which tab is selected by more than colour: a bar under it.
    bar = page.js(
        "return getComputedStyle(document.querySelector(arguments[0])).borderBottomWidth",
        f'{DIFFERS} [role="tab"][aria-selected="true"]',
    )
    assert bar == "3px"
    page.screenshot(f"versions-{theme}")


AXE_RUN = """
const r = await axe.run(arguments[0], {resultTypes: ['violations']});
return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
"""
# What motw.site adds: not one axe rule may fail there.
OURS = [".motw-transcript", "table.motw-compatibility", ".motw-provenance", ".motw-checked-pythons"]


@pytest.mark.parametrize("path", [PAGE, "demo/index.html", "demo/more/batches.html", "index.html"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_accessibility_violations(versions_page, axe_source, path, theme):
    page = versions_page
    page.open(path, theme=theme)
    for switcher in page.driver.find_elements(By.CSS_SELECTOR, ".motw-versions"):
        switcher.find_elements(By.CSS_SELECTOR, '[role="tab"]')[-1].click()
    for details in page.driver.find_elements(By.CSS_SELECTOR, "details"):
        page.js("arguments[0].open = true", details)
    page.js(axe_source)
    present = [s for s in OURS if page.driver.find_elements(By.CSS_SELECTOR, s)]
    assert present
    ours = page.js_async(
        AXE_RUN.replace("arguments[0]", "{include: arguments[0]}"), [[s] for s in present]
    )
    assert ours == [], "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at {v['nodes']}" for v in ours
    )
    # The page as a whole (Furo's own markup included): nothing serious.
    serious = [
        v
        for v in page.js_async(AXE_RUN.replace("arguments[0]", "document"))
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], serious
    assert page.console_errors() == []


def test_without_javascript_every_version_shows_in_order(versions_page):
    page = versions_page
    page.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    page.driver.get(page.base_url + PAGE)
    assert page.js("return document.querySelector('.motw-tabbed')") is None  # motw.js did not run
    switcher = page.driver.find_element(By.CSS_SELECTOR, DIFFERS)
    assert not switcher.find_element(By.CSS_SELECTOR, '[role="tablist"]').is_displayed()
    panels = switcher.find_elements(By.CSS_SELECTOR, ".motw-version-panel")
    assert all(panel.is_displayed() for panel in panels)
    shown = [
        (
            panel.find_element(By.CSS_SELECTOR, ".motw-version-label").text,
            panel.find_element(By.CSS_SELECTOR, "pre").text.splitlines()[-1],
        )
        for panel in panels
    ]
    assert shown == [
        ("Python 3.15", "running on (3, 15)"),
        ("Python 3.14: differs", "running on (3, 14)"),
        ("Python 3.13: differs", "running on (3, 13)"),
        ("Python 3.12: differs", "running on (3, 12)"),
        ("Python 3.11: differs", "running on (3, 11)"),
    ]
    assert page.driver.find_elements(By.CSS_SELECTOR, f"{NEW} .motw-version-panel") == []
    page.screenshot("versions-no-javascript")


@pytest.mark.parametrize("path", [PAGE, "demo/index.html"])
def test_a_phone_sized_screen_does_not_scroll_sideways(versions_page, path):
    page = versions_page
    page.phone()
    page.open(path)
    sizes = page.js(
        "return [document.documentElement.scrollWidth, document.body.scrollWidth,"
        " document.documentElement.clientWidth]"
    )
    assert max(sizes[:2]) <= sizes[2], sizes
