// Run a page session under Pyodide: the one module shared by the build's
// proof (tools/motw/browser/prove.mjs, in Node) and the reader's Web
// Worker (motw-worker.mjs), so that what is proved is what readers run.
//
// A session is the example folder's files and the page's runs in order;
// running run N first replays runs 0..N-1 (their output discarded), as the
// cog pass runs a page's scripts one after another in one folder.

export const HOME = "/home/pyodide";
export const OUTPUT_LIMIT = 256 * 1024; // as the pass caps a run's output

// Python's side: run one script as `python3 script args` would, in a fresh
// __main__, from the working folder, its traceback as CPython prints it.
const DRIVER = `
import os, sys, traceback, types

def _motw_run(path, argv):
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__builtins__ = __builtins__
    saved = sys.modules.get("__main__"), sys.argv[:], sys.path[:]
    sys.modules["__main__"] = main
    sys.argv[:] = [argv[0], *argv[1:]]
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    status = 0
    try:
        with open(path, encoding="utf-8") as source:
            code = compile(source.read(), os.path.abspath(path), "exec")
        exec(code, main.__dict__)
    except SystemExit as stop:
        code = stop.code
        if code is None:
            status = 0
        elif isinstance(code, int):
            status = code
        else:
            print(code, file=sys.stderr)
            status = 1
    except BaseException as error:
        tb = error.__traceback__
        traceback.print_exception(type(error), error, tb.tb_next if tb else None)
        status = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        sys.modules["__main__"] = saved[0]
        sys.argv[:] = saved[1]
        sys.path[:] = saved[2]
    return status
`;

// Whether this JavaScript engine can suspend WebAssembly (JSPI), which
// Pyodide needs for run_until_complete and asyncio.run.
export function hasStackSwitching() {
  return (
    typeof WebAssembly === "object" &&
    (typeof WebAssembly.Suspending === "function" || typeof WebAssembly.Suspender === "function")
  );
}

function decodeBase64(text) {
  if (typeof Buffer !== "undefined") return new Uint8Array(Buffer.from(text, "base64"));
  const bytes = atob(text);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
  return out;
}

// Put the example folder's files (name -> base64) in a fresh working folder.
export function writeFolder(pyodide, session) {
  const root = `${HOME}/${session.folder}`;
  const FS = pyodide.FS;
  FS.mkdirTree(root);
  for (const [name, data] of Object.entries(session.files)) {
    const path = `${root}/${name}`;
    FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    FS.writeFile(path, decodeBase64(data));
  }
  FS.chdir(root);
  return root;
}

// Prepare an interpreter for a session: the driver, the folder, stdout and
// stderr sent as bytes to onOutput(Uint8Array) (capped at OUTPUT_LIMIT).
export function prepare(pyodide, session, onOutput) {
  const root = writeFolder(pyodide, session);
  let written = 0;
  let cut = false;
  const write = (buffer) => {
    if (!cut) {
      const room = OUTPUT_LIMIT - written;
      const chunk = buffer.length > room ? buffer.slice(0, room) : buffer.slice();
      written += chunk.length;
      if (chunk.length) onOutput(chunk);
      if (buffer.length > room) {
        cut = true;
        onOutput(null); // the output was cut
      }
    }
    return buffer.length;
  };
  pyodide.setStdout({ write, isatty: false });
  pyodide.setStderr({ write, isatty: false });
  pyodide.setStdin({ stdin: () => null });
  pyodide.runPython(DRIVER);
  const run = pyodide.globals.get("_motw_run");
  return {
    root,
    reset() {
      written = 0;
      cut = false;
    },
    // One run: argv is the command's words after the interpreter.
    async run(argv, source) {
      const path = `${root}/${argv[0]}`;
      if (source !== undefined && source !== null) pyodide.FS.writeFile(path, source);
      return await run.callPromising(path, pyodide.toPy(argv));
    },
  };
}
