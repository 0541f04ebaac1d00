"""Starts every Python of a run, then gets out of its sight.

The pass names this folder in ``PYTHONPATH``, so every Python a run
starts (the script, its children, multiprocessing workers) imports this
module first.  It does two things:

- **whole lines**: standard output and error, unbuffered by the fixed
  environment, become line-buffered when they are pipes, so that each
  line a script prints reaches the transcript in one write and lines of
  processes printing at once are never cut into each other;
- **tracing**, when ``MOTW_TRACE`` names a log file: it appends one line
  per event to the log (files opened, stat-ed or connected to (sqlite3),
  folders listed, processes started that it cannot follow: anything but
  a Python that keeps this environment), for the run's cache key.

Then it hides: the script sees what ``python3 script.py`` would show
(``os.environ`` without the ``MOTW_*`` variables and this ``PYTHONPATH``
entry, which its children still inherit; ``sys.path`` and
``sys.modules`` without this module, which leaves ``sys.modules`` when
the main code starts, ``sitecustomize`` being the interpreter's own if it
has one; no descriptor held open; no frame of this module in a
traceback).  The audit hook runs with tracing off, as CPython runs every
audit hook, so profilers, ``trace`` and coverage never see it; the only
wrappers, of ``os.stat`` and ``os.lstat``, are put back as soon as a
tracer or profiler starts, and the run then counts as having read
everything.  Nothing here raises.  Kept compatible with old Pythons on
purpose: any configured version may load it.
"""

import os
import sys


def _install():
    environ = os.environ
    here = os.path.dirname(os.path.abspath(__file__))
    log = environ.get("MOTW_TRACE")
    _hide_environment(environ, here)
    _hide_path(here)
    _whole_lines()
    own = sys.modules["sitecustomize"]
    state = {"own": own}
    note = _tracer(log, state) if log else None
    hook = _hook(note, state)
    sys.addaudithook(hook)
    if note is not None:
        note("start", sys.executable)
    state["chained"] = _chain(own)


def _hide_environment(environ, here):
    """The machinery's variables out of ``os.environ`` only: the process's
    own environment keeps them, so the Pythons it starts are run the same
    way (and hide them again)."""
    data = getattr(environ, "_data", None)
    if not isinstance(data, dict):
        return
    for name in [n for n in environ if n.startswith("MOTW_")]:
        data.pop(environ.encodekey(name), None)
    path = environ.get("PYTHONPATH")
    if path is not None:
        rest = [entry for entry in path.split(os.pathsep) if entry and entry != here]
        key = environ.encodekey("PYTHONPATH")
        if rest:
            data[key] = environ.encodevalue(os.pathsep.join(rest))
        else:
            data.pop(key, None)


def _hide_path(here):
    sys.path[:] = [entry for entry in sys.path if entry != here]
    sys.path_importer_cache.pop(here, None)


def _whole_lines():
    """Line buffering for standard output and error when they are pipes:
    one write a line instead of the text and its newline apart."""
    import stat

    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is None or not getattr(stream, "write_through", False):
                continue
            if not stat.S_ISFIFO(os.fstat(stream.fileno()).st_mode):
                continue
            stream.reconfigure(write_through=False, line_buffering=True)  # type: ignore[union-attr]
        except Exception:
            pass


def _chain(own):
    """Run the interpreter's own ``sitecustomize``, if it has one, as the
    ``site`` module would have; True when it took the name."""
    del sys.modules["sitecustomize"]
    try:
        import sitecustomize  # type: ignore[import-not-found]  # noqa: F401  (the interpreter's own)
    except ImportError as error:
        if error.name != "sitecustomize":
            raise  # reported by `site` as it would be without us
        # `site` expects the module it imported: give it back until the
        # main code starts (see the hook).
        sys.modules["sitecustomize"] = own
        return False
    return True


def _hook(note, state):
    """The audit hook: leaves ``sys.modules`` as the script expects, and
    passes events to *note* (None: no tracing)."""
    fsdecode, basename = os.fsdecode, os.path.basename
    untraced_flags = {"-I", "-E", "-S"}
    watched = frozenset(
        [
            "open",
            "os.listdir",
            "os.scandir",
            "sqlite3.connect",
            "subprocess.Popen",
            "os.exec",
            "os.posix_spawn",
            "os.spawn",
            "os.system",
        ]
    )

    def spawned(executable, args, env):
        """A child we follow (a Python keeping our environment) or not."""
        try:
            name = basename(fsdecode(executable or (args or [""])[0]))
            words = [fsdecode(a) for a in (args or [])[1:]] if not isinstance(args, str) else []
            follows = (
                name.startswith("python")
                and not untraced_flags.intersection(words)
                and (env is None or "MOTW_TRACE" in env or b"MOTW_TRACE" in env)
            )
        except Exception:
            follows = False
        if not follows:
            note("opaque", "spawn")

    def importing():
        frame = sys._getframe(2)
        return frame is not None and frame.f_code.co_filename.startswith("<frozen importlib")

    def hook(event, args):
        if event.startswith("cpython.run_"):  # the main code starts
            if sys.modules.get("sitecustomize") is state["own"]:
                del sys.modules["sitecustomize"]
            return
        if note is None:
            return
        if event in ("sys.settrace", "sys.setprofile") or event.startswith("sys.monitoring"):
            # A tracer or profiler would see the stat wrappers: put the
            # originals back; what is stat-ed from now on is not known.
            unwrap = state.get("unwrap")
            if unwrap is not None:
                unwrap()
            return
        if event not in watched:
            return
        try:
            if event == "open":
                path, mode, flags = args
                if mode is None:
                    writing = flags & 3 == os.O_WRONLY and flags & os.O_TRUNC
                else:
                    writing = "w" in mode and "+" not in mode
                note("write" if writing else "read", path)
            elif event in ("os.listdir", "os.scandir"):
                if not importing():
                    note("list", args[0])
            elif event == "sqlite3.connect":
                database = fsdecode(args[0])
                if database.startswith("file:"):
                    database = database[5:].split("?")[0]
                if database and database != ":memory:":
                    note("read", database)
            elif event == "subprocess.Popen":
                spawned(args[0], args[1], args[3])
            elif event in ("os.exec", "os.posix_spawn", "os.spawn"):
                spawned(args[-3] if event == "os.spawn" else args[0], args[-2], args[-1])
            elif event == "os.system":
                note("opaque", "shell")
        except Exception:
            pass

    return hook


def _tracer(log, state):
    """The function noting one event in *log*; it also wraps ``os.stat``
    and ``os.lstat`` (no audit event tells of a stat)."""
    log = os.path.normpath(os.path.abspath(log))
    write, close, getcwd, fsdecode = os.write, os.close, os.getcwd, os.fsdecode
    open_log, flags = os.open, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC
    isabs, join, normpath = os.path.isabs, os.path.join, os.path.normpath
    # What lies here is never in a run's working copy: not worth a line.
    skipped = tuple(
        sorted({p.rstrip(os.sep) + os.sep for p in (sys.prefix, sys.base_prefix) if p}, key=len)
    )
    lost = []  # lines that could not be written (no descriptor left)

    def append(line):
        # The log is opened for each line: no descriptor is held while
        # the script runs (it may count on the lowest free ones).
        try:
            fd = open_log(log, flags, 0o600)
        except OSError:
            lost.append(line)
            return
        try:
            if lost:
                line = "opaque\tlost\n" + line
                del lost[:]
            write(fd, line.encode("utf-8", "surrogateescape"))
        except OSError:
            pass
        finally:
            close(fd)

    def note(kind, target):
        try:
            if target is None:
                target = "."
            if isinstance(target, int):
                if kind == "list":
                    note("opaque", "fd")
                return
            target = fsdecode(target)
            if not isabs(target):
                target = join(getcwd(), target)
            target = normpath(target)
            if kind in ("read", "stat", "list", "write") and (
                target == log or target.startswith(skipped)
            ):
                return  # the log itself (its own opens are audited) or a library
            append(kind + "\t" + target + "\n")
        except Exception:
            pass

    def flush_lost():
        if lost:
            append("")

    had_atexit = "atexit" in sys.modules
    import atexit

    atexit.register(flush_lost)
    if not had_atexit:  # the registration outlives the module object
        del sys.modules["atexit"]
    originals = {"stat": os.stat, "lstat": os.lstat}

    def watch(function):
        def stat(path, *args, **kwargs):
            note("stat", path)
            try:
                return function(path, *args, **kwargs)
            except BaseException as error:
                # Not a frame of ours in the script's traceback: as if it
                # had called the built-in itself.
                if error.__traceback__ is not None:
                    error.__traceback__ = error.__traceback__.tb_next
                raise

        for name in ("__name__", "__qualname__", "__module__", "__doc__"):
            setattr(stat, name, getattr(function, name, None))
        return stat

    def unwrap():
        if os.stat is not originals["stat"]:
            for name, function in originals.items():
                setattr(os, name, function)
            note("opaque", "tracer")

    state["unwrap"] = unwrap
    for name, function in originals.items():
        setattr(os, name, watch(function))
    return note


_install()
del _install
