// The build's proof (motw prove-browser): one page session under Pyodide in
// Node.  Reads {"pyodide": <folder of pyodide.mjs>, "session": {...}} on
// stdin, runs every run of the session in order, and prints one JSON line
// per run as it ends: {"index", "status", "output"} (output as base64,
// "cut": true when it was capped).  Node must be started with
// --experimental-wasm-stack-switching (asyncio needs it).
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { hasStackSwitching, prepare } from "./motw-session.mjs";

const job = JSON.parse(readFileSync(0, "utf-8"));
const { loadPyodide } = await import(pathToFileURL(`${job.pyodide}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${job.pyodide}/`, env: { HOME: "/home/pyodide" } });
let chunks = [];
let cut = false;
const session = prepare(pyodide, job.session, (chunk) => {
  if (chunk === null) cut = true;
  else chunks.push(chunk);
});
const emit = (record) => process.stdout.write(`${JSON.stringify(record)}\n`);
emit({ ready: pyodide.version, stackSwitching: hasStackSwitching() });
for (const [index, argv] of job.session.runs.entries()) {
  chunks = [];
  cut = false;
  session.reset();
  let status;
  try {
    status = await session.run(argv);
  } catch (error) {
    // Pyodide itself failed (a fatal error): the interpreter is gone.
    emit({ index, status: -1, output: Buffer.from(String(error)).toString("base64"), fatal: true });
    break;
  }
  emit({ index, status, output: Buffer.concat(chunks).toString("base64"), cut });
}
process.exit(0);
