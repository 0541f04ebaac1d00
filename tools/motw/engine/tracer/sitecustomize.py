"""Records what a Python process of a run reads, for the run's cache key.

The pass puts this folder on ``PYTHONPATH`` and names a log file in
``MOTW_TRACE``; every Python the run starts (the script, its children,
multiprocessing workers) loads this module at start-up and appends one
line per event to the log: files opened, stat-ed or connected to
(sqlite3), folders listed, and processes started that it cannot follow
(anything but a Python that keeps this environment).  The hook never
raises and never changes what the script sees.  Kept compatible with old
Pythons on purpose: any configured version may load it.
"""

import os
import sys


def _install():
    log = os.environ.get("MOTW_TRACE")
    if not log:
        return
    try:
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    except OSError:
        return
    write, getcwd, fsdecode = os.write, os.getcwd, os.fsdecode
    isabs, join, normpath, basename = (
        os.path.isabs,
        os.path.join,
        os.path.normpath,
        os.path.basename,
    )
    untraced_flags = {"-I", "-E", "-S"}

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
            line = kind + "\t" + normpath(target) + "\n"
            write(fd, line.encode("utf-8", "surrogateescape"))
        except Exception:
            pass

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
        if event not in events:
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

    events = frozenset(
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

    def watch(function):
        def stat(path, *args, **kwargs):
            note("stat", path)
            return function(path, *args, **kwargs)

        stat.__name__ = function.__name__
        stat.__doc__ = function.__doc__
        return stat

    os.stat = watch(os.stat)
    os.lstat = watch(os.lstat)
    note("start", sys.executable)
    sys.addaudithook(hook)


_install()
del _install
