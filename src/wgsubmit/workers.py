"""How the reading workers start: a fresh interpreter each (spawn), with only what its jobs
use loaded.

multiprocessing's spawn runs the parent's main module again in every child, so that
functions defined there can be found: for the `wgsubmit` console script that is the CLI,
with click and rich, at every worker's start and again after every worker stopped for a
hostile file. The workers only run functions of wgsubmit's reading and detecting modules,
so they start without it.
"""

from __future__ import annotations

import sys
import threading
import types
from multiprocessing.context import SpawnContext, SpawnProcess

# What a child is told its parent's main module is: none (no name, no file to run).
_NO_MAIN = types.ModuleType("__main__")
_STARTING = threading.Lock()


class _Worker(SpawnProcess):
    def start(self) -> None:
        # The child's preparation (which main module to run) is read from sys.modules while
        # the child is launched, in this thread, before start returns.
        with _STARTING:
            main = sys.modules["__main__"]
            sys.modules["__main__"] = _NO_MAIN
            try:
                super().start()
            finally:
                sys.modules["__main__"] = main


class WorkerContext(SpawnContext):
    """The spawn start method, without the parent's main module."""

    Process = _Worker


def limit_memory(megabytes: int) -> None:
    """A worker's initializer: its address space capped, so a hostile file fails alone."""
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time limit still holds
        return
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
