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


  // Run buttons (motw.site.runbutton): an editor in place, Python in a Web
  // Worker loaded on the first click only (motw-worker.mjs).
  const stackSwitching = () =>
    typeof WebAssembly === "object" &&
    (typeof WebAssembly.Suspending === "function" || typeof WebAssembly.Suspender === "function");

  // Output as the transcripts show it: a carriage return rewrites its
  // line, escape sequences go, other control characters become visible.
  const visible = (text) =>
    text
      .replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]/g, "")
      .split("\n")
      .map((line) => line.split("\r").reduce((shown, part) => part + shown.slice(part.length)))
      .join("\n")
      .replace(/[\x00-\x08\x0b-\x1f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
      .replace(/\x7f/g, "\u2421");

  let worker = null;
  let active = null; // the runner whose script runs now

  const button = (text) => {
    const made = document.createElement("button");
    made.type = "button";
    made.textContent = text;
    return made;
  };

  const openRunner = (trigger) => {
    const wrapper = trigger.closest(".literal-block-wrapper");
    const next = wrapper.nextElementSibling;
    if (next && next.classList.contains("motw-runner")) return next.runner;
    const original = wrapper.querySelector("div.highlight pre").textContent;
    const script = trigger.dataset.script;
    const panel = document.createElement("div");
    panel.className = "motw-runner";
    panel.setAttribute("role", "region");
    panel.setAttribute("aria-label", `Run ${script} in your browser`);
    const id = `motw-editor-${trigger.dataset.run}`;
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = `Edit ${script}, then run it (Escape leaves the editor)`;
    const editor = document.createElement("textarea");
    editor.id = id;
    editor.spellcheck = false;
    editor.value = original;
    editor.rows = Math.min(24, original.split("\n").length + 1);
    editor.addEventListener("keydown", (event) => {
      if (event.key === "Escape") run.focus();
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) start();
    });
    const run = button("Run");
    const stop = button("Stop");
    const reset = button("Reset");
    stop.disabled = true;
    const controls = document.createElement("div");
    controls.className = "motw-run-controls";
    controls.append(run, stop, reset);
    const status = document.createElement("p");
    status.className = "motw-run-status";
    status.setAttribute("role", "status");
    const output = document.createElement("pre");
    output.className = "motw-run-output";
    output.tabIndex = 0;
    output.setAttribute("aria-label", `Output of ${script}`);
    panel.append(label, editor, controls, status, output);
    wrapper.after(panel);

    let raw = "";
    const show = () => {
      output.textContent = `$ python3 ${script}\n\n${visible(raw)}`;
    };
    const finish = (text) => {
      status.textContent = text;
      run.disabled = false;
      stop.disabled = true;
      if (active === runner) active = null;
    };
    const start = () => {
      if (active && active !== runner) active.stopped("Stopped: another script ran.");
      if (worker === null) {
        worker = new Worker(new URL("motw-worker.mjs", new URL(trigger.dataset.static, location.href)), { type: "module" });
      }
      active = runner;
      raw = "";
      show();
      status.textContent = "Starting…";
      run.disabled = true;
      stop.disabled = false;
      worker.onmessage = ({ data }) => {
        if (data.type === "status") status.textContent = data.text;
        else if (data.type === "output") {
          raw += data.text;
          show();
        } else if (data.type === "cut") {
          raw += "\n[output cut: more than 256 KiB]\n";
          show();
        } else if (data.type === "done") finish(data.status ? `Finished with status ${data.status}.` : "Finished.");
        else if (data.type === "error") finish(`Could not run: ${data.text}`);
      };
      const source = trigger.dataset.prefix + editor.value + trigger.dataset.suffix;
      worker.postMessage({
        bundle: new URL(trigger.dataset.bundle, location.href).href,
        static: new URL(trigger.dataset.static, location.href).href,
        run: Number(trigger.dataset.run),
        source,
      });
    };
    const runner = {
      start,
      stopped(text) {
        if (worker !== null) worker.terminate();
        worker = null;
        finish(text);
      },
    };
    run.addEventListener("click", start);
    stop.addEventListener("click", () => {
      runner.stopped("Stopped.");
      run.focus();
    });
    reset.addEventListener("click", () => {
      if (active === runner) runner.stopped("Stopped.");
      editor.value = original;
      raw = "";
      output.textContent = "";
      status.textContent = "Reset to the script as the page shows it.";
    });
    panel.runner = runner;
    return runner;
  };

  const setUpRun = (trigger) => {
    trigger.hidden = false;
    const details = trigger.nextElementSibling;
    if (details && details.classList.contains("motw-run-differs")) details.hidden = false;
    if (trigger.dataset.stackSwitching === "yes" && !stackSwitching()) {
      trigger.disabled = true;
      trigger.firstChild.textContent = "Run: needs WebAssembly stack switching, which this browser lacks";
      return;
    }
    trigger.addEventListener("click", () => {
      const runner = openRunner(trigger);
      runner.start();
    });
  };

  const start = () => {
    document.querySelectorAll("div.motw-versions").forEach(setUpSwitcher);
    document.querySelectorAll("button.motw-run").forEach(setUpRun);
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
