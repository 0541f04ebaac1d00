// The reader's site (motw.site).
(() => {
  // A code block too wide for the screen scrolls sideways; make it
  // focusable so the keyboard can scroll it as well (WCAG 2.1.1), and
  // only then, to keep the tab order short.
  const updateWidths = () => {
    for (const pre of document.querySelectorAll("div.highlight pre")) {
      if (pre.scrollWidth > pre.clientWidth) {
        pre.setAttribute("tabindex", "0");
      } else {
        pre.removeAttribute("tabindex");
      }
    }
  };

  // A transcript on every Python: the HTML shows every version's panel,
  // labelled; here they become tabs (the WAI-ARIA tabs pattern, with
  // automatic activation and a roving tabindex).
  const panelOf = (tab) => document.getElementById(tab.getAttribute("aria-controls"));

  const select = (tab, focus) => {
    for (const other of tab.parentElement.querySelectorAll('[role="tab"]')) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      panelOf(other).hidden = !selected;
    }
    if (focus) tab.focus();
    updateWidths();
  };

  const KEYS = { ArrowRight: 1, ArrowLeft: -1 };

  const setUpSwitcher = (switcher) => {
    const list = switcher.querySelector(':scope > [role="tablist"]');
    const tabs = Array.from(list.querySelectorAll('[role="tab"]'));
    for (const tab of tabs) {
      const panel = panelOf(tab);
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      panel.hidden = tab.getAttribute("aria-selected") !== "true";
      tab.addEventListener("click", () => select(tab, false));
      tab.addEventListener("keydown", (event) => {
        const index = tabs.indexOf(tab);
        let next;
        if (event.key in KEYS) {
          next = (index + KEYS[event.key] + tabs.length) % tabs.length;
        } else if (event.key === "Home") {
          next = 0;
        } else if (event.key === "End") {
          next = tabs.length - 1;
        } else {
          return;
        }
        event.preventDefault();
        select(tabs[next], true);
      });
    }
    list.hidden = false;
    switcher.classList.add("motw-tabbed");
  };

  // A link to one Python's output (the compatibility table) opens its tab.
  const showTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const panel = id && document.getElementById(id);
    if (panel && panel.getAttribute("role") === "tabpanel") {
      select(document.getElementById(panel.getAttribute("aria-labelledby")), false);
      panel.scrollIntoView();
    }
  };

  const start = () => {
    document.querySelectorAll("div.motw-versions").forEach(setUpSwitcher);
    showTarget();
    updateWidths();
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  window.addEventListener("hashchange", showTarget);
  window.addEventListener("resize", updateWidths);
})();
