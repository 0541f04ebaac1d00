// The reader's site (motw.sphinxext): a code block too wide for the
// screen scrolls sideways; make it focusable so the keyboard can scroll
// it as well (WCAG 2.1.1), and only then, to keep the tab order short.
(() => {
  const update = () => {
    for (const pre of document.querySelectorAll("div.highlight pre")) {
      if (pre.scrollWidth > pre.clientWidth) {
        pre.setAttribute("tabindex", "0");
      } else {
        pre.removeAttribute("tabindex");
      }
    }
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", update);
  } else {
    update();
  }
  window.addEventListener("resize", update);
})();
