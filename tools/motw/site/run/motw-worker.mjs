// The reader's Run button, in a Web Worker: Pyodide from this site's own
// _static/pyodide/, the page's session from _motw/run/<page>.json, and the
// runner the build's proof uses (motw-session.mjs).  Stop ends the worker;
// the page starts a fresh one on the next Run.
//
// Messages in:  {bundle, static, run, source}: run example `run` of the
//               page with its script's text replaced by `source`.
// Messages out: {type: "status", text}, {type: "output", text},
//               {type: "cut"}, {type: "done", status}, {type: "error", text}.
import { HOME, prepare } from "./motw-session.mjs";

let pyodide = null;
const sessions = new Map(); // bundle URL -> its JSON

async function interpreter(staticUrl) {
  if (pyodide === null) {
    postMessage({ type: "status", text: "Loading Python…" });
    const { loadPyodide } = await import(new URL("pyodide/pyodide.mjs", staticUrl).href);
    pyodide = await loadPyodide({
      indexURL: new URL("pyodide/", staticUrl).href,
      env: { HOME },
    });
  }
  return pyodide;
}

async function session(url) {
  if (!sessions.has(url)) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`cannot load ${url}: ${response.status}`);
    sessions.set(url, await response.json());
  }
  return sessions.get(url);
}

// The working folder back to the example folder as committed, and the
// modules the page's scripts imported from it forgotten.
function fresh(py, bundle) {
  const root = `${HOME}/${bundle.folder}`;
  py.runPython(`
import shutil, sys
shutil.rmtree(${JSON.stringify(root)}, ignore_errors=True)
for name, module in list(sys.modules.items()):
    if (getattr(module, "__file__", None) or "").startswith(${JSON.stringify(root)} + "/"):
        del sys.modules[name]
`);
}

onmessage = async ({ data }) => {
  try {
    const base = new URL(data.static, self.location.href);
    const py = await interpreter(base);
    const bundle = await session(new URL(data.bundle, self.location.href).href);
    fresh(py, bundle);
    let quiet = true;
    const decoder = new TextDecoder();
    const runner = prepare(py, bundle, (chunk) => {
      if (quiet) return;
      if (chunk === null) postMessage({ type: "cut" });
      else postMessage({ type: "output", text: decoder.decode(chunk, { stream: true }) });
    });
    const earlier = bundle.examples.filter((e) => e.run < data.run && e.argv.length);
    if (earlier.length) postMessage({ type: "status", text: "Running the page's earlier scripts…" });
    for (const example of earlier) {
      runner.reset();
      await runner.run(example.argv);
    }
    const example = bundle.examples.find((e) => e.run === data.run);
    postMessage({ type: "status", text: "Running…" });
    quiet = false;
    runner.reset();
    const status = await runner.run(example.argv, data.source);
    const rest = decoder.decode();
    if (rest) postMessage({ type: "output", text: rest });
    postMessage({ type: "done", status });
  } catch (error) {
    postMessage({ type: "error", text: String(error && error.message ? error.message : error) });
  }
};
