"""How the reading workers start: forked from a fresh interpreter that has loaded what
their jobs use (multiprocessing's forkserver), or each a fresh interpreter (spawn) where
there is no forkserver (Windows). Never a copy of the parent, with its store and threads.

multiprocessing's spawn runs the parent's main module again in every child, so that
functions defined there can be found: for the `wgsubmit` console script that is the CLI,
with click and rich, at every worker's start and again after every worker stopped for a
hostile file. The workers only run functions of wgsubmit's reading and detecting modules,
so they start without it. The forkserver imports `wgsubmit.preload` once: the readers,
the detectors' compiled rules and langdetect's profiles, which every worker needs.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import types
from multiprocessing.context import BaseContext, SpawnContext, SpawnProcess

# What a child is told its parent's main module is: none (no name, no file to run).
_NO_MAIN = types.ModuleType("__main__")
_STARTING = threading.Lock()


class _NoMain:
    """Start a child with no main module to run."""

    def start(self) -> None:
        # The child's preparation (which main module to run) is read from sys.modules while
        # the child is launched, in this thread, before start returns.
        with _STARTING:
            main = sys.modules["__main__"]
            sys.modules["__main__"] = _NO_MAIN
            try:
                super().start()  # type: ignore[misc]
            finally:
                sys.modules["__main__"] = main


class _Worker(_NoMain, SpawnProcess):
    pass


class WorkerContext(SpawnContext):
    """The spawn start method, without the parent's main module."""

    Process = _Worker


PRELOAD = ["wgsubmit.preload"]


if sys.platform != "win32":
    from multiprocessing.context import ForkServerContext, ForkServerProcess

    class _ForkedWorker(_NoMain, ForkServerProcess):
        pass

    class _ForkServerContext(ForkServerContext):
        Process = _ForkedWorker


def worker_context() -> BaseContext:
    """The forkserver where the system has one, its server loading `PRELOAD`; else spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return WorkerContext()
    context = _ForkServerContext()
    context.set_forkserver_preload(PRELOAD)
    return context


def start_early() -> None:
    """Start the workers' server now: it loads the readers and rules (a second or two on
    one core) while this process loads its own modules, opens the store or downloads, and
    the first worker no longer waits for it. Later pools use the same server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    from multiprocessing import forkserver

    worker_context()  # the server's preload
    forkserver.ensure_running()


def limit_memory(megabytes: int) -> None:
    """A worker's initializer: its address space capped, so a hostile file fails alone."""
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still holds
        return
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
